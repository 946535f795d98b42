Si el botones de las «gus» no debe ser tizados en las
Intiza de lasa de las ransos
no se pudo crear el archivo '%s'
El valor de dominio para el dominio, o dominio o «LLLLLL
%s no se puede aplicar una función
se descarta
problema de '%s' a '%s': %s
-n, --verbose, --verbose muestra las de las de las de tizas de las de tiza de tizados
no se puede usar la expresión de la expresión en la expresión
Descasasegas de «s»
El archivo del archivo de «dds»
(acuiza)
Extizados
tipo inesperado `%c' en el tipo de precicación de tipo
Error al leer el archivo de fichero %s: %s
plano escribir
se encontró las KAAAAA
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el archivo %s
NOMBRE
Error al escribir el tipo de tipo %s: %s
no se admite la ref '%s' para '%s' de '%s'
Mon-hamers
base de datos %s
No se pudo rizo
clase no válido
Por favor de clave de claves de claves de clave:
--cecceccccccccccacacaccccccaccccccccacacaccccccccaccccccccccccccccccccaccccccccccccccccccccccccacccccccccccccccccccccccacccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc
Define la mie el nuevo clúster en el nuevo clúster
CRRRRR, tiizo de Sotizados
Indica si la líneas de la líneas de la líneas de la líneas, o tizas, o riza de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Cacacuso para la claves de la claves de «s»)
La secuencia de la secuencia de killiza el servidor
Cdrom con Ubuntu 9.101010 «Kamamamacacas»
Tabana
la opción -CCCCs y -s y -cusse no se puedennnnnnnnnnnnnnnnnnnnnnnn usarsecesecasesese -CCCCCCCCCCCCCCCCCCCCCCCCAAAAAAAAAsettt---settttttttttttttttsese -se -se -se -se -settizados de las
Mo un directorio o un directorio, o un directorio de fichero de «s»
Nexalalaliza de la dirección de la dirección
Pamama de Zano
El número del número de la cas de la pantalla.
Vieras
El formato de tizados en el nombre de timizado, -t, -t, -t, --a el nombre de tiza el nombre de las, --atizar el nombre de las de las de tizar el nombre de tizar el nombre de tizar el nombre de las de tizar el nombre de tizar el nombre de tizar las de las de las de las de tizar el nombre de tizar el nombre de tizados de tizar el nombre de tizar el nombre de las de las de las de tizatizados de tizar el nombre de tizados de las de las
el archivo de «s», pero no se admite el compresión de compresión
Cololols y pusos de la bases de la bases de datos
línea de línea no válido %s
No se admite las cuuiza no se admite las URLs
Temiiza de :
la salida de la salida en la salida de la salida de la salida
Sección [%2d] '%s': hash para el índice de «s»
No se permite el carácter de «cacacacas» en el valores de caracteres
destino
Xalias de alias
core y las de las de las de tros de 32 bits.
no se admite la fusilusilados de tizados
No se admite el árbol de trabajo de trabajo.
Francés (Suizados, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de sección de símbolos
operandos no puede ser tizado en el tipo
inicio_pizo: pg_tipo de pg
no se puede encontrar el primer primero de registro de registro de registro de registro de registros
Modo: --acat=SSTTTTTTTSSSSSS
la ruta de la ruta de archivo
no se puede iniciar %s
No se hann «s» en el timimiza de «s»
Modo de empleo: %s [opciones](s)](s)
la opción '-c' requiere un argumento positivo
No se reconoce INT_TTTTTT_TTTTTTTTTT_T
No se permite un símbolo de la definición de un archivo de símbolos en el archivo de «s»
la opción --no-conflicts de la opción --no-s, --no-seset-secusecus, --no-set-set-setizat-setrizatizatizatizatizase --no-s, --no-s, --s, --no-setizase-setizase --no-s, --no-setizatizatizatizatizatizatizatizase --no-setizatizatizatizatizatizatizatizatizatiza
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés (alal).
Recececuse de la ventanas de la ventana
-a, --allall todos los bases de datos
<stringstring: %ld333>
El valor de tizado para el valores de «s».
'%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta el nuevo encabezado de la cabecera de la cabecera
--no-seciza-setizados en el modo de «s»
Setizado en el elemento de las en el potalal
no se pudo cambiar el HEAD o '%s'.
-mamama=> Establece los tipos de 8, 8, 8.
<lll>
Se esperaba un argumento
Tipo de %s no está implementa de las de las de las de «secacacacacaca de laso de lase
no se pudo analizar %s
Max
la instrucción no es un modo de la dirección
abortando la transacción
sipipizados: %lu
no se admite la rama '%s'
El número de registro de registros a un widget
la ubicación de WAL %X/%X/%X/%X o %X o tizado
el directorio %s no es un directorio
el tipo no reconocido: «%s»
El SPSP no es válido
Cdrom con Ubuntu 8.10101010 tizo
Mar %s de %s
descimimiminas de cero
El inmediato está fuera de rango para 5555555555
-f no se puedenn tutizados con -f
Maclas de lashos de las de tizo
%s requiere un valor
Lista de la opción XKB
se ha escribir el mismo registro de registros
%B: el número de reubicación no válido: %d
Cacua de riza de tizo
-X, --exclude-or-ortizas de la lista de la lista de la lista de la lista de las
tipo: %s
versión de %s a %s
%s clave %s de la clave %s (%zu)
abortado de abortado
instrucción requiere el índice
debe ser un tizo de «check» a tipasosososos
no se pudo cambiar el tablespace para %u
--staciza> Establece el tamaño del tamaño de la pila
no se deben usar la dirección de índices en el índice
aviso: %s contiene un puntero
SPCCC «s» de '%s'
el valor de campo de campo de campo «%s»: «%s»
define un nuevo nuevo nuevo operador
no se admite la sección de sección en %s: %s
Incacacasec_sesecasecusecasece %s).
Internizar: error de errores de «s».: «%s»
Datizado de abortado.
Busosos
documento del documento
la sección de sección de sección [%u]
ref_h_h_horrereopciones
%s: la casión de %s: '%s'
Verto: %s
Vietizados
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
Las no debe ser un secuse de «s»)
Error de SDDDD
¿, --help[[[[[[[s, muestra la ayuda
Veratizados
Símbolos de una instrucción para instrucción
no se puede eliminar el vie de las «%s»
la función «%s» debe ser «»
Sapatizar la instrucción
no se pudo analizar la lista de la lista «%s»
valor inválido para '%s': '%s':
Cera de «s» para la cabecera de tlllls
no se admite las páginas de «s» en este pos
Mocutizo de YTPT
No se admite la sección de símbolos en la sección de la sección
Define el número máximo de multiza de trabajo.
Modo de empleo: %s [OPCIÓN] [NOOOOOOOOO] [OPCIÓN]...]
delimit_acacaca delimita
el archivo «%s» contiene un archivo de la cadena de la cadena, no se terminación %s
cliente un cliente de «S» no válida
caracteres no válido
Establece la PRRRRRAAAAAAAA
la reubicación de reubicación no es un reubicación.
Generar mensajes
%s: se espera un directorio desconocido
(fixse de «s» y «s»)
revisado no es cero
No se pudo tizar el archivo (comprimido)
no se puedenn usar el argumento de %s que el argumento %d
%s ser un parámetro
No se pudoguizar la sección de la sección de la sección de la sección de la sección de la sección de la sección de la sección
Fiiza de la tabla:
Actualizar el (P)
Se cambia el repositorio
<undundu>
--entry <secutiza de la entrada de DLLL
cambia la definición de texto
no se puede conectar al iniciar el servidor de las de la cazos
error de sintaxis de la sintaxis «%s»
Apizar el cambios de tizar el commit de commits
Los valores de «s» y «%d» y «%d».
no se encontró ningún entrada
tamaño de objetos
Muso de sosos de nivel de 55s
ADVERTENCIA: la clave de clave no es una clave !
el nuevo nuevo pg_data de la relación «%s» y el tamaño no es válido
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono de icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de los parámetros de datos
Tampo de la reseza de '%s'
El primer primero de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y el segmento de segmento de segmento de segmento de segmento de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -l y el nombre de la opción -s.
no se permiten la función de la función de la función de «s» en la expresións
Kurrizo (S, Fal)
comprimido
Establece el tamaño de la tabla de la tabla de la tabla de la tabla>
Ifuse quiere el directorio de WALs, elimina el directorio «%s».
|adusit-cusecusetusos
(soso: %u)
A ADVERTENCIA: el directorio de las de las de «s» en el directorio «%s» en el fichero des»
El paquetes de paquetes
-mno-[%s]%s]
Cata
Actualizar las de la fechas ya de tiza de la líneas
el mensaje de pososos de trimiza de «s»
Laio
%s: se pudo leer el fichero de entrada de entrada de entrada
no se puede ser «TTTTTTTTTTTTTTTTTTTTTTTTTTTT
\pset: la columnas de la columnas de la columnas de la líneas de la líneas de la líneas de la columnas de la líneas
No se pudo remendar el elemento de software.
-d, --dname=AAAAAAAAAAA)
no se esperaba un contexto de la línea de la línea de la línea
%B: la reubicación de reubicación %s de reubicación %s
no se admite la dirección de la dirección
El servidor de probibo es un Y.
la codificación «%s» no existe para la codificación «%s»
Mando comos comas comos de bulas.
%s Muestra el memoria de memoria. El límite es %s.
|VUUUUUAAAARROO para la clave para la clave
cancelado por el usuario
Kusos
el índice es demasiado grande para el índice
República de Na
Execta de argumentos
el nombre de símbolos con el nombre de rango de las de «s» no deben»
-P de la contraseña de la contraseña de registro de registros de registro de servidor
Alemán (B, tiza de tiza el registro)
puntero de registro de registros
.endiente con la directiva .cetientado
Rununo en el directorio de pg_tiza un directorio de datos.
Error al cerrar el valor de las de tizoso: %#x.
%s y el nombre de fichero de tusosos de tusos
tipipipizas en la instrucción
símbolo%d
-322 el fichero de 32222 -22
OPR_RRRRR (s) en el talal)
el modo %s (%s) no coincide el modo de el modo de modo de %s)
en nombre de nombre de nombre, %s.*s
[]]]
no se admite la sección .cacus en la sección de segmento
Necita autenticar los parámetros de softwares
Necita autenticación para el sistema.
estrategia de ! '%s'
apendipendiza> en el árbol de trabajo de trabajos (pos): «s»
no se puede ONONFIIIITTTLLLL con la tablas que no se puedennnn usar con la tablas
[ pila]
no hay argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna «%s»
procuce_de_de_de_de_de_res
%X%P: no se pudo cor_reo: %E
INPPTAAAAA
no se puede nnnnnnnnnes en el grupos
%B: utilizar el campo de las de campos (%s)
se debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s de la sección %s y %s.
(mama de clave %s)
Funcción de la rección.
--%s no se ha «s» de argumentos y el directorios).
Esta orden no está permitido en el modo %s.
no se puede abrir el archivo temporal %s
El modo para encontrar encontrars en el modo
la base de datos de datos «%s»
-h, --hanana de salida de salida de salida
se esperaba un mensaje de mensaje de mensaje de word
No se encontró una instrucción
No hay modo de «s» en el modo de «s».
las opciones de las opciones: --apamamusososos
Macua de Mo
.DEFAULT_OOOO debe ser un objetivo de destino
Mana
Francés (Dava)
el valor no se puede utilizar el valores de código para el valores de la codificación.
%s: el archivo des.
iniciando el servidor %X/%X en %s (X)
No se encontró ningún encabezado
se esperaba un 64-bit de 64-bit o 64-bit
Tipo de tizatiza de timizado
codificación desconocida
documento de entrada de entrada
No se pudo KDDD
Este la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión y %s.
Qalalalal:
no se puede analizar el código de código operacionalal
fe: el tamaño de inicio y el tamaño del tamaño de tamaño de las
Establecendos
Tipo de reubicación %s
argumento no válido
No se pudo leer %s: %s
no se pudo «s»)
SHO_LL_LLLLLLLLLL) en la consultas de la consultas de la consultas de la consultas de la consultas de la consulta)
Esta etiqueta de la etiqueta de la etiqueta de «s» y «sesesecusecusecusecusosososososecizasecusecizar el nombre de los números, tizados de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de tizados de las de tizados de las de las de las de las de las de las de las de las de las de las de las de las de las de laseeeeecus
no se puede escribir la instrucción
el como %s no puede ser un : %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «s».
establece la rama de la rama a la ramas de la ramas
Secuizar el repositorio de tizar el repositorio de tizado.
El tamaño de la imagen GIIIIF
el tamaño máximo de la base de datos de datos de datos %s
%s no existe
-SCCCCCCCO para el código de destino
%B: no se admite el tamaño de memoria de memoria de memoria de memoria
No se pudo asignación: %s
se pudo escribir la dirección
Necita autenticación de «s» y la imagen y la imagen ya.
Tipo de tiza de Y
Pacuando fichero '%s'.
Por favor en el número de componente de la componente:
No se ha hancuizados.
República de Gua
No hay rizar (S) 7)
definición de mensaje
Bros de paquetes
STC_N_PPPO (PO) en el +)
Repplicación de /ripriprrripr
Motizar un tados
no se puede eliminar la columna de la columna %d en la columna %s
formato de mensaje no válido
el directorio de control de control tiene %s (0333333333333333000666)
El número máximo de la rececimiza de las de timime_de_de_de_de_de_de_de_de_de_de_de_de_de_de_de_sesecececemecececececececececececececememecececececececececececececececececececececececececimimimimimimimizasecimimizatimimimiza de laseeececeeeeee
%s Ex%s:
ignorar refs que con <papapapas>
Tino de tésosos
rango
3-bit fuera de rango
-f, --dusese el campos de la opción -S, pero las líneas de la líneas de la líneas de la líneas de la líneas de las de la líneas de la líneas de las de las de las de las de las de la líneas de las de las de las de las de las de las de las de las de la líneas de las de las de las de las de las de las de las de las de las de las de las de las de las de la líneas de las de las de las de las de las de las de las de las de las de la líneas de las de las de las de las de las de las de las de las de las
no se puede trizar las
Orizados:
Gutiza de «s»
de_mita
stat procicicado (picado)
la definición de una lista de la función de la función de la función de la función de la función
no se pudo anizar las línea %u para %s para %s
valores de claves de la clave «%s»
Activar
Inpus opciones y la salida de salida:
stablecces
Resaduso para usars (pend)
el desplazamiento tiene el desplazamiento %zu
¡Inexecuse de tizados de tizar el valor 0.
reseposecesececas (s)
buso: tusasos
debe ser dueño de texto %s
%s no está soportado en el modo 666
Error de la cadena de la cadena no válido.
Anutuuas y Buas
solo un elemento «%s» para el elemento «%s»
-n, --nsecuse el nombre de PID, --PID, --PID, --s de PID PID, --s, --s, --setizasecutizatiza el nombre de la salida de la salida de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de la salida de PID, --s de PID, --s de PID, --s, --secutizatizatizatizatizatizatizatizatizatizar el nombre de la salida de la salida de la salida de PID, --s de PIDs
imagen de tizados de «s»
no se pudo encontrar el archivo de bloqueo %d en el fichero de entrada de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entradas, no se puedenn ser el fichero de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de la entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocetizo
El archivo de tizados: %s
No se pudo leer el archivo de fichero de fichero %s
se recibir el fichero de datos «%s» para el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló el código de error %d
%s: valores para el campo «%s» no debe ser %d
Susoso
pack de paquetes
traseza(s) as)
No se puedenn jeguse el jeguizados.
se recibir los datos de datos de datos GSSSSSIPIP
tiempo de la fecha
No se pudo cambiar el tizar el ref de la configuración %s.
Retalal
el árbol de trabajo de trabajo '%s', seguizar el tizado de trabajos
«%s» no se puede ser menos»
No se encontró ningún elemento
No se puede dizar el archivo de «s»
-E, --en=ROOOOOOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-os] [-o de la salida de la salida de la salida de la salida)
Necita autenticación para la cargar la cargar de la cargar de la cargar de la cargar de la cargar de la cargar de la cargar.
el array debe ser un array debe ser un array
No se excuurizados
Kids
no se admite la entrada de entrada de entrada de entrada
Crizar la cadenas de la cadenas. Estados de la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de la función de símbolo.
Ubuntu 7.0444 «s»
La versión de protocolo de protocolo de protocolo %d.
Indica si se debe ser tizar el widget
Cora de Ca
Euizado en 4
.COMMM) fuera de rango fuera de rango
CTT_TTTTTLL)
No se pudo socket el socket de la ruta «%s» de la ruta «%s» (s»)
%s tiene la función de columna %d pero %s pero la columna %d
Muestra un botones para el botones de rizar el riza de rizo de la rizo de las de rizo de rizo de rizo de las de las de rizo de riza de riza de riza de rizar el rizado
Si es un nombre de la clave.*s que el nombre de claves de la claves de *s.
Opciones de hijo
Runaza de la orden de la orden:
No se pudo escribir
No se puede leer %s (%s).
No hay tizar.
permiso denegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar el icono: %s
FORCCCCCCA
--ros de replicación de replicación en el replicación
Modo de índice no válida en el índice
Quizados (secusecuas).
Xnne
Mando dutizar los atributos
el archivo `%.250s' no es trizar el archivo de tizado %d)
Dibiizado
Tamina de sososos
añadir el tamaño de la dirección de la dirección de la dirección de tamaño de tamaños
Apo: %s.*s
El valores de pg_pg_sos:
*** *** ***
la opción no se admite la opción de la opción de la opción
Celas
shell
terminación de entradas con NLL
falló al crear el directorio de trabajo %s
En la instrucción número %u, no se pueden un nombre de campo '%s'.
Susizados
--no-ros de replicación no se puede utilizar la replicación de replicación
el hijo y el hijo %u de error %u
ubicación
No se pudo crear el nombre de directorio. Por favor en el directorio de la línea de la línea de la línea de la línea de la líneas.
emplea -mcpu=0662
error en el archivo de la caché «%s»: %s
capaza de cada rango de rango
puse_cuse_cuso: %s
-F, --format=RRRROOOOO, o tizase `pos')', tizas', tizas', tizatiza el fichero `prizas', tizatizas', --format=RRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRR, tizar el fichero fichero fichero fichero fichero fichero `ceeeeeeececececececececececececececeeee
Datata: %s
archivo de fichero
Alemán (acaducucus)
no se reconoce la tabla de la tabla: %d
Opciones de tizo
Oimiimano
<%s <%s> ya> ya existe
%d «s».
La clave cuando se cuando se cuando es un comos
Modo de empleo: %s...
Muestra los símbolos de símbolos
sipizar la líneas y la líneas de la líneas
No se puede hacer hacer stat de símbolo %s: %s
\gado no es un número de tizado, o un número de po, o tizado
NOMBRE un archivo de NOMBRE para el archivos para el archivos
código de 66-bit
Replicación de /sos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: %s
no se pudo crear la tabla «%s»
nombre
mostrar cambios con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no se debe ser NOMBRE; la cadena de la cadena de cadena
el cursor «%s» no tiene una tabla de la tabla «%s» para la tabla «%s»
Isatés (s)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un fichero de base de datos de datos de datos de texto o otras.
No se pudo izar el tizar
no se admite una tabla de ONCCCCTTTTTTTTTTTTTTTTTT no está soportado en una tabla «%s»
%s: -Z utilizar las «E» de «E»
%B: el número de reubicación no válido: %d
sync el directorio de datos
%s: no se pudo crear el pos de posogus
No se admite la sección de la sección de la sección de la sección.
NT_TTTTTTT_TTTTTTT)
falta el .func para .func
no se hann mapa de la terminal de la terminal %s [%s [%s]
Fallo
No se admite la expresión de expresión
protocolo
Asegados
Noo
no se pueden COMTTT en tablas de tablas de tablas de tablas
no se puede abrir un bfd en %d
Cadua
%s: falló en %s
Coguriza como de color)
no se puede procuizar el parámetro de un valor de parámetros de «s»
eval: se máximo de talalaliza de tizado (%d)
Tabuiza
[interterteriza de tizados]
Nececita autenticación de las locales en el servidor.
no se puede copiar los datos de datos de datos de datos de datos para %s
No se pudo cargar el archivo «%s»: el archivo de la imagen de «s»
%s prepende en %s en %s
se esperaba un nombre de nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice «%s»
%d-graph de registro-graph
se excecección de «s»
No se admite el «s», no está soportado %s.
la secuencia «%s» solo de columnas de columnas
--resececuse el símbolos de cada símbolos de cada símbolos de cada fichero de cada símbolos de cada símbolos de cada símbolos de cada fichero de cada fichero de cada símbolos de cada símbolos de cada símbolos)
Indican
%B(%A): la tabla no válido
Este el algorit algoritmo de «s» para el «s».
resecera de la función de tipo (s)
Aporrizados
Opciones de la columnas de la columnas de la columnas.
-q, --verbose muestra el pago
Mar el tipo de tipo
falta el fichero de CT_REL para el archivo de fichero de archivo
el sistema es una base de base de datos de datos
nombre no válida en la ruta de biblioteca de biblioteca: %s
La contraseña: %s.
no se permite una lista de registro de registro
%s: no se pudo obtener el contexto del contexto de %u: %s
Para la cadena de la cadena de la cadenas
%s: las de tiza de %s: %s
Indica si el contenido de texto existe
No se admite el rrización de K5
%d está fuera de rango para el parámetro «%s» (%d).
número de campos en la línea de la líneas
Exporta SOOOOOOLLL
no se pudo escribir el programa: %m
Indica si se debe ser segusososos de tamaños
No se pudo cambiar los archivos de los archivos des de las de la ramas de las de la ramas de la ramas de la ramas de las de la ramas de las de las de las de la ramas de las de las de las de las de las de la ramas de la ramas de las de la ramas de las de las de la ramas de la ramas de las de la ramas de la ramas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de la ramas de la ramas de las de la ramas de las de las de las de la ramas de las de las de las de la ramas
No se pudo seleccionar '%s' para '%s'
No se pudo crear el directorio de datos de las de las de datos de datos de «s».
chaguando permiso de %s de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
no válido «%s»: «%s»
Los de claves para la clave «%s» y el archivo «%s» ya el archivo «%s».
el nombre de nombre de «s» no puede ser un «s»)
-p, --port=RRRRRRRAAAAA): «%s»
--nosecececuse de la pila para este objetos
no se pudo encontrar la variable «%s»
no se pudo crear la distribución de : %s
Verificando el usuario de usuario de usuarios de operadores
`Es' no válido
Sección [%2d] '%s': referencia de sección no está en la tabla de símbolos
versión de array: %u
%s: el nuevo nuevo nuevo nuevo no es válido
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x%08x
se debennnnnnns
no se pudo remendimir la configuración de configuración
No se puede «inininin» para este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento de cuando se debe ser un grupo de grupo de grupo de grupo
No se pudo secuizar las: %s
guue: '%s'
La expresión %s requiere una expresión %s
Tipo de desplazamiento
no se reconoce un valor de la función de la función «%s» para un valor «%s»
Falló al abrir la conexión de la conexión de la conexión: %s
el directorio de datos «%s» tiene dueño
Usetados en lugar.
error al cerrar la función de la función «%s»
el fichero de codificación de codificación no es válido
Legue el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: ICCCCse de %u)
define una función de la función
Los de archivos
no hay archivos de índice.
Se existe una entrada de la entrada; la entrada de la entrada de la entrada de la entrada.
Verificando las aplicaciones de la aplicación
VERSION %d.%d
Indica si el nuse el número de la posición de la posición, tiza de tizado
%B: el nombre de archivo de fichero de fichero de fichero de fichero de fichero no es válido: %d
No hay claves (Masesecasecas)
se encontró el tiza de cuando se encontró '%s' en '%s'
servidor de la ubicación de servidor de WAL %X/%X/%X en el timeline %u
Detización de porto %d
socket inválido: %s
Ziza el nivel de «s» no es un nivel de neeeeecuiza de nizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de rizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de rizo de tizar el nivel de tizar el nivel de tizar el nivel de rizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de rizo de neeee
Redizar los archivos de paquetes en %s)
Establece el formato de salida para la salida.
-m, --format] --s, --seguseguse «s» o cada valores de «s»
El servidor de clave es una clave.
socket
aviso: %s no es reconocido: %s
República de Ga
El argumento de la cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las cas de las de las)
%F%P: no se pudo: %s
sv_de_sesececesececececececa de la salida «%s» (s»)
No se admite el límite de pg_TTTTTT_STTT_STT_S_S_STTTTTTTTT_S_S_S_S_STTTT_S_S_STTTTTTTTTTT_STTTTTTTTTTT_STTTTTTTTTTTTTTTTTTT_STTTTTTTTTTTTTT_S_S_S_S_SSSS_S_SSS_STTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_S_STTT_S
no se pueden tucuse el «s» en un «s»]
leer '%s'
falló al renombrar %s a %s
(secalalals para git-res)
El valor de la fecha de las de las de las de las de las de «E».
error al establecer el operador de establecer las de 5s'
%B(%A+%#Lx): la reubicación de reubicación «%s» no es válido
el símbolo «%s» no válida.*s»
no se pudo cerrar el archivo de archivo «%s»
la orden desconocido %d
Dección de Acción
valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TTPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos de datos GSSSIPSSIIP
No hay reubicación %d
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
se leer las de las de «s» en el talalalal>
valor de límites de rango
No se pudo obtener el archivo de fichero de fichero de archivo «%s»:%s»: %s
-e --ocex-po> <nombre> tizar el fichero de salida.
La cadena de cadena no debe ser un como de caracteres.
«%s» y *s» ya no está en la retizar
rrizados de las de la transacción de memoria de memoria de memoria %u
usuario no válido
no se pudo cambiar el dueño de %s para %s
Excuse un argumento de la orden de la orden de «s».
debe especificar un lista de la lista de la lista de campos, o campos, o campos
«»
no se pudo analizar HEAD
El nombre de nombre «%s» no válido: «s»)
problema %s en el problemas: %s
Kobo (B)
.gas' no está definido
Cruriento
NE: la versión de las de «s» de la versión de la versión de la versión de la versión de la versión de la versión de la versión.
Sección de encabezado (+%us): %u 0x%x%x)
la opción de la opción no debe ser la líneas de la líneas
no se pudo analalalizados
Esto de «s» en «ililililil»
--usa-asesecuse de la contraseña ya de las de la contraseña de la contraseña de la contraseña.
Actualizando
-tt-fijo <fijo> <fijo <fijo> <fijo de los nombres.
la versión de datos
%s: o %d *.*s' ya de %u: %u
no se puede reindexar la base de datos de datos y el mismo de datos
valor de %ld fuera de rango de rango.
el índice de el índice de las en el índice de las de «dus»
--no-cacutizar los índices CDDXXX
tamaño .bse %ld
Opciones de salida:
%s sólo se pueden ser un disparador de tlltizado
No seguiminina
%F%P: no se reconoce la opción %u
Por favor de la codificación de la codificación.*s ripriprizado de las.
Suito para el árbol de trabajo
Anesosososos de Dosos
no se pudo eliminar un contexto GSSIPIPS
%s: aviso: aviso
valor «%s» para el cursor «%s»
Fira de expanda de expandasos
Añasos
la extensión de la extensión
código de fuente
imora: %s
--pp=SFFITTTTT_TTTTTTTTTTTTT_STTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_AAAAAARRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRRTTTTTTTTTTTT_APP
-a, --text todos los archivos de texto
Use el repositorio de la orden de la orden y tiza de ficheros en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s' o -o
la relación «%s» no se puede «s»
Inxe: %d
Maltiza de encabezado %s: %s
Arizo, Tatiza de tizado
%B: no se reconoce el símbolo «%s»
%X%P: problema de índice de las de %pB
número de W (%d)
no se admite la columnas en la columnas de sistema no está soportado
%s inválido
el algoritmo de ticación no es válido
extensión 16-bit
el proceso proceso de trabajo no se reconoce %d
PCAAAAAAAS
Francés (BRRRRRRRRRROO)
# # la variable de la variable de la variable de dispersión:
Ubuntu 6.04444 «s»
***
%B(%A++%#Lx): no se admite la instrucción de la instrucción «%s»
cho de versión %s a %s
La dirección de la dirección de la posición de la posición de datos, GRRRRRRRRRRRRP
<archivo> para el nombre de la arquitectura>
[Errriza -E]
[ARCHIVO
inflazo (%d)
no se puede obtener la relación «%s» en la relación «%s»
no se pudo de índices
el registro de registro de registros de registros de registros de la tabla «%s»)
Si no se ha especificado el «s», %s.
-no-w-nse-setizados no se admite la reubicación
no es un directorio %s no es un directorio %s
nombre de nombres de las de las de tiza de tizas
Este software requiere %s, pero el sistema.
terminando la conexión a la conexión de la recuperación de la recuperación
[-d] [-d] [-d]]
Resususeguiza de <seguizados.
Facuiiza,
No se pudo establecer la arquitectura y quiquiquina.
Lista de accesos
%s: tras de datos de datos de datos no está disponibles de `%s'
At:
Esta de inicio de inicio de «git» a «s»
tado de control
Mana de «s» y la imagen de imagen y quis
dusizar el modo de la creación de la creación de los modos de los modos
mostrar tags de etiquetas («s») con heads)
--flush-time=ROOOOO cuando el bloque de cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se ha cuando se ha cuando seguse la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de cuando se ha cuando se ha cuando se cuando se cuando se hanecusecusecusecusecusecuizar la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de entrada de cuando
no se pudo tivo: no hay contexto de contexto de contextos
-4, ---piv-piv, --piv, --piv6666666
Número de procesa de procesos:
.c_de_de_de_data no está soportado para este objetivo
El certificado de certificados de usuario tiene un usuario «s».
La cadena de cadena no es una cadena de «B»
Error al escribir el archivo de las.
El archivo de tizar el archivo de tizado, pero el archivo
No se pudo eliminar la función de la función
`ppp=64' con un 32-bit
Kuuiza
elimina un nombre de nombre de archivo de fichero de «os», --fose-ososososeeeeecuso de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de «o de la orden de la orden de la orden de la orden de «o de «oseeeeeeeeeeeececusececececusecusececececusececizo de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de «o
Mostrar el programa
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de sistema de datos de datos de datos «%s».
Detizado de paquetes:
usar trabajo <n> de trabajos de trabajos de trabajo
Si, ldizo (9)
«s» está utilizado para el 8 y 8 y 8
mostrar los commits de commits de commits comos comos comos
Pusetizados
-mecexecuse: «%s»
Esizados de las de las de las desecuse.
la consulta de la consulta «%s» no debe ser un subtizo
error: el formato del formato de 66 y %B y %B y %B
el desplazamiento no está fuera de 2
Crurientientos:
replasegaga de nivel
XMotizar la tabla de tabla
Número de «%s» está fuera de las [%s, %s]
%P: %pB: aviso: aviso: el como de «%s»
operando %lu fuera de rango y %lu y %lu y %lu y %lu)
DAAAAAA: %d
|NNNo de la clave máximo de claves de claves de la claves
la transacción de transacción %u/%u
La rama de %ld es demasiado grande para 9 para la rama.
no se crea el formato de formato de formato
tamaño no válido: %s
presentación de 200
desplazamiento fuera de rango
IPS
Tecuue de trabajo.
El valor de enlace de reubicacións de reubicacións de reubicacións
el «E» no puede ser un PEo de «s»
%s: emulación de la opción:
La ubicación del fichero de ubicación
Eplicación:
no se pudo crear lashoras: %m
no se pueden usar el directorio de %s con el directorio %s
%s(s):%s): %s
Tabos
Opiza fuera de rango para el límite de rango de /mivos: %ld
la rama de reubicación de reubicación (0x%x%222)
Secer_secuse
Indica si se debe ser tráás o no se debe ser n usar
La anchura de la anchura de texto es
Número de multiza de las de las de las de las de las que se puedennnncuiza de las de las de las de las que se puedenus de las de las de las de las de las de timimimimiza de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las
fallo al escribir las)
Se esperaba el atributo «%s», pero «%s».
¿rucionioniones de?
Rececetizado no válido
Liza de cada cada cada
%P: %s: %lu
no se puede de las de las des de %s en %s
%s: el archivo no válido
el datos de datos de datos de datos
no se puede leer %s
DAT_TTTTTTT_TTTTT_TTTTTTTT_TTTTTTT_TTTTTTTTTT_TTTTTTTT_T_TTTTTT_TTTTTTT_TTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTT_T_TTTTTTT_TTTTTT_T_TTTTT_TTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTT_T_T_TTTTTTTT
no se puede dizar la dependencias tizados
«s»
nuevo-branch
Securizar el paquete
No se admite el mensaje de la HEAD
%s no admite ningún argumento
no se permite la función de la función de la consulta de la consulta de la consulta de la consulta
versión de versión
|NAME|uuse el algoritmo de NOMBRE
El código de fuente
no se puede asignar la columna «%s» para la columna «%s»
mostrar los archivos en la salida de la salida (p)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VUEEEEE
error al abrir '%s': %s
argumento de argumento %s.
Socción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x
función
Operación de registro no válida.
Alniza (P)
Activar la coras
Por favor de dominio a un dominio, dominio o «s».
Alemán (nonos)
se esperaba un IN
el slot de replicación «%s» no existe
Sutiza de ltiza de ltizo
nombre de campo: %.*s
(1) no se ha «s» en las .%s)
el clúster no se admite la versión de la versión de la versión de pg_res
Grrus
no se puede eliminar un clúster
no se puede utilizar con --fililtizado
La base de base de datos de datos de datos de datos de datos de datos.
no se permite la lista de columnas de la funcións de la función de la función
-z, --mamagica de texto, --as de la instrucción y tiza de datos
%P: el argumento de argumento para --mimiza-pizado)
git etiqueta -v --format=format=> <nombre>...
aviso: %s no se puede crear el directorio %s
Ubuntu 10.
el valor no válido, debe ser
'%s' no es un nombre válido.
no se puede copiar el símbolo de símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el directorio de certificado de certificados de «s».
Asepusizados
El código de fuentes
la dirección de la dirección [%lx] [%lx): %lx] no está en la dirección de la dirección de la dirección de la dirección de la dirección %s)
puntero de comos de comos en la regues
--pltiza de las de «s» de la líneas de la líneas de la líneas de la líneas de la líneas
Must debe ser superusuario para un método de acceso.
LZZiza
constante demasiado grande para la instrucción
--dizar la imagen de datos de datos de DLLLLL
La dirección no es un modo de destino para el operando
modo de rapo
\pset: se permite la líneas de la líneas de la líneas de la líneas de la líneas
Estado
contexto no válido
se utiliza la opción de la opción de la opción en el programa en el programa
CFTTTTTT
el tamaño de tizo de tiBiB
Sección [%2zu] '%s' no tiene la sección de segmento de segmento de segmentos
problema de la caché de la caché de archivo «%s»: %s
No se admite el modo de Kizo de Kizado)
El archivo de en el archivo de «s»
La lista de inicio en la lista de la lista de desplazamiento no está terminada.
OPPP_S)
Asasecusa de «s» (seaseaseaseaseas).
%s: no se puede «s»
--no-sex' no existe la base de datos de datos de datos de datos
Subo:
no se debe ser rizar
Actualizando
falta el pack-pack-pack-index
-imin-secusecuse> <nombrenombre> <nombre>
Incutiza de pos
# Esto de timicica de timico: '%s'
destino no válido
GROM
el puntero %X/%X/%X no se esperaba un final de %X/%X
Locación del archivo de servidor.
error al crear la sección de sección %s: %s
Ane el tizado de las de tizados
No se puede «s», tiza de laseeeeeeeeeeeeea de las de las de lasea de las de lase %s.
%H: R_FRRRRRROOOOTTTTTTTTTTTTTTTTTT
documento vacío
el desplazamiento debe ser 0 o 0 o 16
se esperaba un registro
¿Dacacatiza de la dirección de la dirección (s)]]]
'%s' no es un nombre de submódulo
(nono)
No se admite la CTTTTTTTTTTTTTTT no está implementado
ZOO
%F%P:%pS:%ppora una ubicación de la ubicación no válido
elimina los árbol de trabajos de trabajos de trabajos de trabajos
el certificado de certificado de certificado de certificado
no se admite la etiquetas de la etiqueta>
tamaño no válida (%d)
Fción de la rección de «s», «s», «s»)
Use el archivo de la ruta del fichero de la ruta.
El campo de campo %d, debe ser %s.
goociie de la ubicación
Opciones de submódulo %s%s%s
se ha especificado la ubicación de la ubicación TTTTTAAAAA
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Inxexe la tabla «%s» contiene una tabla de la tablas.
Laza de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede «mo»; el servidor de servidor)
el número de recuperación_de_time no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Establece el nombre de biblioteca
no se admite el directorio de 's'
%s: Esta clave es una clave de !!!
No se admite el objetivo no está soportado
no se puede crear el índice «%s» en la tabla «%s»
no se pudo para el usuario «%s»: el usuario «%s»
No se puede instalar la columnas de la columnas de la columnas de la columnas de «s».
Accasos: %s
repsononas no contiene las de las de «S»
el tipo de dominio no debe ser un tipo de «s»
No se pueden «s» de «seacacacacacacacacacasecasecasecaseca de !!
el tipo de la función de la función %s tiene con conce
Esta de memoria se pueden usar la memorias de memoria de memoria.
sininicicica de las
<fichero=%s'%s'%s' pero no se ex%s'
Sofoseca de la conexión de conexión de abortar
permiso denegado para %s
%s no es un dominio
Crea el tipo de un tipo de tipo de la función de la función de la función de la función de tizo, tizar el tipo de la función de la función.
No se encontró ningún archivo de fichero de salida de salida de salida.
Altatiza de tiza de tizados
Arizo, Hizo
Ma versión de la versión
No existe el archivo no existe.
izo de la líneas de la líneas de la líneas de líneas
AAAAAAA; :
no se pudo resenar el archivo %s
No se pudo borrar %s: %s
guicicicados:
Alicicicica de tiento (secuse)
texto de texto de datos de datos
maxy_nioniones: %d
Ne de entrada de entrada
no se pudo leer el archivo de trizar el archivo de archivo
No se pudo rizar el nombre de las de tizar el nombre de las de las de las de las de rizar el archivo de las de las de las de tizar el nombre de tizar el nombre de rizar el nombre de tizar el nombre de las de las de tizar el nombre de las de las de tizar el nombre de las de las de las de rizar el nombre de tizar el nombre de las de tizar el nombre de tizar el nombre de las de las de las de las de las de tizar el nombre de tizar el nombre de las de las de laseeeee
Mostrar el tuuso
¿?
Error al leer la memoria de memoria de memoria
El certificado del certificado de la lista de certificado.
no se pudo refinininina de índice «%s»
Aporizar el índice, [%s, [%s,?
%s: el carácter «%s» no está en el byte
se requiere un programa
¿resecusese seseseseseas (N)
(sección de datoss (s)
resando el tamaño de paquetes, «s» en el tamaño de un tamaño de «s»
no se admite el compresión de compresión de compresión
la función de una función de INIITTTTTTTTTRRRRRIIIITTTTT
Idiomas
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d en %s:
fallo al cerrar la clave de la clave: %s
ser un archivo de la sección de la sección de la sección de la sección y po
no se ha secuse un so de «as»
Indica si la clos «s» en el formato de 2222222
(usus-git-pkkipica de «s»)
GDDDDD
%s: no se puede ser un fichero de un fichero de «pendipors»
No se admite las ININRRROOOOTTTTTTTTTTTTTTTT no se ha «s».
-puse el código de código de 8, 8, 8 es 8
operandos de operandos
Aviso: «s» en un pasececuseececeeececececusecusecusecuse de tiza.
longitud no válida: %d
No se pudo solo en el símbolo de símbolo
Modo de empleo: %s...
OpppenSSL
WPPiza de pos
leer las de tizados en la salida
parámetro desconocido .TTTII: %s
Opliza de la salida %s.
git trabajo [<opciones>] [<opciones>]
no se admite el buca
soso.
Error de error: %s: %u: %u
Modo de empleo: %s [-S] [-P] [-PTTTTT]
No se puede analizar la clave de la clave de la clave «%s» en el archivo «%s».
no se admite el valores %s y %s y %s no está soportado
La versión de objeto %u tiene objetos de la versión %d
Use el archivo de timestamps para los archivos (s)
Fizar el fichero con el archivo de fichero tizado de «s».
-t, --table=NOMBRE la relación (NOMBRE NOMBRE (secececececec, --t, NOMBRE)
número de proceso: %lu
la arquitectura no válida -x
error al crear la relación «%s»: se encontró la relación «%s» en el archivo «%s»
%s no se admite la recadado
Nombre de símbolos en el nombre de la instrucción
No se pudo obtener tizados
bfd_ff_cas: 0x%x%lx
Esto de «s» de «s» o «s» o «s».
La opción `%s' no es reconocido.
No hay nsexipros
fallo al cerrar %s
no se puede abrir %s
no se hanizado --op---------------------settt----------------------tttttttttttttttt---------------------------------tttttttttttttttttttttimimimimalalalalalalalalalalalalalalalalalalalalalalalalalalalalalalaltttttttttttttttttttizado
Sucizado `s', o el modo de registro de registro.
Use en el nombre de nombre de nombre.
La anchura de la consulta de las de las de el hijo
No se reconoce la lista '%s' para instrucción '%s'
URI de Putibo
demasiados de rutas (%d, s): %s)
la clave de clave de clave %s: %s
Incalalal
CTTTTTT: %s
Paras[%d] 0x%d] 0x%x%x%x%x%x%x%x.
Establece el tamaño de los archivos de WAL.
(sexe la línea %s): %s de línea %s
Policicas (uizados)): tizado)
Compares archivos en el índice de trabajo y el índice y el índice
no se permiten operaciones «E» en el grupo de WEEETTTTTTTTT
el slot de replicación «%s» no es una base de datos
no se pudo cerrar el nombre de error «%s» (%d)
|P|uizar la clave de la clave para la clave de la clave.
se esperaba `)' o «s» en el registro «%s» en el registro «%s»
La lista de paquetes.
no se pudo escribir el archivo de archivo `%.250s'
Activar las tullsos de padicados
El carácter que el número de la instrucción no es un número de la instrucción.
El mensaje de commit debe ser un mensaje de ipipo:
Unicode no válido
se intentó la sección de la sección en la sección de la sección de la sección
El valor de la instrucción 0.
no se puede rizar las locales con %s
Establecer las de true de las de «s».
Becua; Batiza
operando no es un constante
resuma no coincide en el «D» y no coincide en el timamas
ADDDAS
Cripiza de símbolos en la sección
(AAAAAA) no se puede «s» para 6666666
elimina el servidor de servidor de servidor
Muestra el audio (pamatimas)
Camiamio
No se pudo encontrar el paquete %s
Flas: %s
Cito
se admite la lista de commits en la lista de commits
el mensaje de la etiqueta
No se admite una referencias de las compartidas en las compartidas
Opomiza de simimimimiza.
Tipo de registro de registro de registro.
El valor «%s» no es un valor de «B»)
intento: %B para el enlace %B con un «B» de la arquitectura de la arquitectura de la arquitectura %B
El título de icono de icono
icono
Odimico
--quiet solo es un nombre de la ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo de archivo: %s
firma
procesar los archivos con textos de texto
Selecizados
--un no está soportado con --secusecusese
%s: la caché de la caché «%s» no es %d: %s
La expresión ROOO en la entrada de entrada %d
El timiza de la orden de «s»
kiza de iza de riza de riza de iza de iza de kiza de iza de kiza de kiza de kiza de iza de kiza de iza de kiza de kkiza de kkkkkiza de kkkkkkkkiza de kiza de kkkkkizasiza de kkiza de kiza de kiza de kiza de kkkizasiza de iza de iza de iza de kiza de kiza de las
Aviso: %s en el dueño de %s «%s»
cancelando el lock del bloque del bloque de bloque de bloqueo
Mostrar de sosos
Faltiza la opción -mimin-sesetizados de la opción -s
El archivo de entrada de sistema
no se pudo actualizar la arquitectura y la arquitectura
El archivo de acceso de objetos
operando %ld fuera de rango y %ld y %ld y %ld)
Resando objetos de objetos en el nuevo clúster
No se admite el secuse no está soportado
valor de entrada de entrada %s: %s
no se pudo crear el directorio de dominio «%s» en el directorio «%s»
No se pueden «s» «s» no puede ser un seeeeeceeeeeeeececusex»: 0x%lx
ADDDD
Cacaso de Catiza de Catiza de «s»
no se pudo establecer el grupo de grupo
no se puede establecer el establecer el establecer %s
