Si el botones aggó el botones debe ser «s» o no debe ser «s»
Intiza de la casasos
no se pudo crear el archivo '%s'
El valor de dominio para el dominio, o dominio o dominio para el dominio
%s no se puede aplicar una función a una función
se descarta
problema de '%s' a '%s': %s
-n, --verbose, --verbose muestra las de las de las de tizas de las de tizados
no se puede usar la expresión de la expresión en la expresión
Descasasegas de «s»
El archivo del archivo de «dddados»
(acacuatiza)
Excionioniones
tipo inesperado `%c' en el tipo de precicación en el tipo
Error al leer el archivo de fichero %s: %s
plano escribir el procesado
Fora de datos de datos de datos de datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el archivo %s
NOMBRE
Error al crear el parámetro de parámetro %s: %s
el ref «%s» para el ref «%s» no es «s»
Mon-hamers
base de datos %s
No se pudo rizo
la clase de la clase no válido
Por favor de clave de claves de claves:
--cecceccccccccccccacaccccccccaccccccacacacccccccccaccccccccccccccccccacccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccaccccccccccccccccccccccccccccccccccccccccccccccccccccccccccca
Define la definición de el nuevo clúster en el clúster
CRRRRR, tizo de rizados
Indica si la líneas de la líneas de la líneas de la líneas, o tizas, o rizas de la líneas de la líneas
Cacacuso para la claves de la claves de «s»)
La secuencia de kizar el servidor del servidor
Cdrom con Ubuntu 9.101010 «Kamamas»
Tabana
la opción -CCCCCs y -seguse no se puedennnnnnnnnnnn usars de las de las de las opciones de las opciones de las opciones de las opciones -s opciones -CCCTTTTTTTTTTTTTTAAAAA
Mo un directorio o un directorio o un directorio, o un directorio
Nexecalalals de la dirección de la dirección
Pamama de Zano
El número del número de la cas de la pantalla.
Vieses
El formato de tizados en el nombre de timizado, -t, -t, -t, -t, -t, --s, --atizar el nombre de tizar el nombre de las, -tizar el nombre de tizar el nombre de tizar el nombre de las de tizados de tizar el nombre de tizar el nombre de las de las de tizados de las de las de tizar el nombre de tizados de tizar el nombre de tizados de tizar el nombre de tizar el nombre de las de tizar el nombre de tizar el nombre de las de tim
el archivo de «s», pero no está soportadas de compresión
Cololols y pusos de la bases de la bases de datos
línea de línea no válida %s
No se admite el URL de tizados no está soportados
Temiza de :
la salida de la salida en la salida de la salida de INDDD
Sección [%2d] '%s': hash de dispersión %zu para el índice
No se permite el carácter de «cacacacas» en el valores de caracteres
destino
Xalias de alias
core y rrizas en el longitud de 32 bits.
no se admite la fusilizados de tizados
No se admite el árbol de trabajo de trabajo.
Francés (Susezados, no hay claves)
local
Sección [%2d] '%s': la sección de la sección de la sección de la sección de sección de sección de sección
operandos no puede ser tizado en el tipo
inicio_pipizo: pg_tizo de pg
no se puede encontrar el primer primero de registro de registro de registro de registro de registros
Cacción: --at=SSSSTTTTTTSSSS
la ruta de archivo de la ruta de archivo
no se puede iniciar %s
No se puedennn ser «s» en el «m» en el «s»
Modo de empleo: %s [opciones] [(s)
la opción '-c' requiere un argumento positivo
No se reconoce INT_TTTTTTT_TTTTTT
No se permite una definición de un símbolos en el archivo de símbolos en el archivo de «s»
opción --no-conflict-conflicts de la opción --no-s, --no-ses, --no-sesesecusecuset-set-set-set-setrsetizatrizatizasetizase --no-s, --no-s, --no-setizaset-setizase --no-setizasecusetizase --no-setizase --no-setizase --no-setizasetizatizasetizase --no-setizadosetizaset
clave %s: la clave «%s»
el índice de versión %d
Se especificó ningún protocolo
Francés (al).
Recasecuse de la ventanas de la ventana
-a, --allall todos los datoss de datos
<secas: %ld33>
Pocua de «s» para el valores de «s».
'%s'; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
falta la cabecera de encabezado: falta el nuevo nuevo nuevo nuevo nuevo
--no--secizados en el modo de «s»
Setizados en el elemento de las de las
no se pudo cambiar el HEAD o '%s'.
-mamama=> Establece los tipos de 8, 8, 8, 8, 8.
<lll>
Se esperaba un argumento
Tipo de %s no está implementa de las en el GCC_fosece
no se pudo analizar %s
Macax
la instrucción no es un modo de la dirección
abortar la transacción de la transacción
kipizados: %s
no se admite la rama '%s'
El número de registro de registros a un widget
la ubicación de WAL %X/%X/%X/%X)
el directorio %s no es un directorio
el tipo de control no reconocido: «%s»
El SPSP no es válida
Cdrom con Ub Ubuntu 10 10101010
Mar %s de %s
descimiminas de cero
El inmediato está fuera de rango para 555555555
-f no se puedenn tutizados con -f
Maclas de lashos de tizasos
%s requiere un valores
Lista de la opción XKB
el registro de escribir el mismo registro de registros
%B: número de reubicación no válida: %d
Cacua de kizo
-X, --exclude-or-ortizas de la lista de la lista de la lista de la lista de la lista des
tipo: %s
versión de %s: %s
la clave %s de clave %s no es un hash (%zu)
abortado de abortado
instrucción requiere un índice
debe ser un tizado en un tizos de tizosos
no se pudo cambiar el tablespace para %u
--seciza> Establece el tamaño de la pila de la pila
no se deben usar la dirección de índices en el índice
atención: %s contiene un puntero
SPCCC «s» de '%s'
el valor de campo de campo de campo «%s»: «%s»
define un nuevo nuevo nuevo registro de operador
no se admite la sección de sección en %s: %s
Incacacasec_sesecasesecasececece %s).
Internizar: error de errores de «s».: «%s»
Dacatizado.
Busosos
documento del documento de documento de documentos
la sección de sección de sección [%u]
ref_de_h_rereres
%s: no se ha secuizar el registro de lasión: '%s'
Verto: %s
Vetizados
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
Las no debe ser un sosos de «s»)
Error de SDDDD
¿, --help[[[[[[OOOOOOOOOOO, ses
Verastica de jua
Símbolos de una instrucción para una instrucción
no se puede eliminar el vie de las «%s»
la función «%s» debe ser «» para la función
Sapatizar la instrucción
no se pudo analizar la lista de la lista «%s»
valor inválido para '%s': '%s':
Colas de «s» para la cabeceras
no se admite las páginas en este pos en este pos
Mocuté un YTPCT
No hay símbolos en la sección de la sección de la sección
Define el número máximo de multiza de trabajo.
Modo de empleo: %s [OPCIÓN] [NOOOOOOOOOO] [OPCIÓN]...: %s...
deseca delimitas
el archivo «%s» contiene un archivo de la cadena de la cadena, no se terminación %s
cliente un cliente de «S» no válida
carácter de caracteres inválido
Establece la PRRRRRRAAAAA
la reubicación de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixse de «s» y «s»)
revisado no es cero
No se pudo tizar el archivo (comprimido)
no se pueden usar el argumentos de %d
%s ser un parámetro
No se pudoguizar la sección de la sección de la sección de la sección de la sección de la sección
Fiza de la tabla:
Actualizar las (P)
Se ha cambia el repositorio
<uno>
--entry <secutiza de la entrada de entrada
cambia la definición de texto de texto
no se puede conectar al iniciar %.2 %.250s
error de sintaxis de la sintaxis «%s»
Apizar el cambios de tizado de commits de commits
Los valores de «s» y «%d» y «%d».
no se encontró ningún entradas
tamaño de objetos
Musososos de 555
ADVERTENCIA: la clave de clave no es una clave !
el nuevo antiguo y pg_data de la relación «%s» no es válido
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre de icono de icono en el elemento
el usuario «%s» no existe
no se puede cambiar el tipo de datos en el valor de datos
Tampo de memoria memoria de '%s' de '%s'
El primer primero de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y el segmento de segmento de segmento de segmento de segmentos de segmentos
la relación «%s» ya existe en la relación «%s»
La opción -l y la opción -ls de la opción -s.
no se permiten la función de la función de la función de «s» en la expresións
Kurrizo (S, Fr)
comprimido
Establece el tamaño de la tabla de la tabla de la tabla de la tabla>
Ifuse quiere el directorio de WALs, se eliminado o el directorio «%s».
|adusit-cusecusetusos
(soso: %u)
AVI: el directorio de las de las de «s» en el directorio '%s' en el fichero des'
El paquetes de paquetes
-mno-no-]%s]
Cata
Actualizar la fecha de las de la fechas y tizas
el mensaje de pososos de trimiza de «s»
Laio
%s: el fichero de entrada de entrada de entrada de entrada
contador de registros no puede ser «CTTTTTTTTTTTTTTTTTTTTTTTT
\pset: la columnas de la columnas de la columnas de la columnas de la columnas de la líneas de la columnas de la columnas de la líneas de la columnas de la columnas de la líneas de la columnas de la columnas de la columnas de la líneas de la columnas de la columnas de la líneas de la columnas de la columnas de la columnas de la columnas de la columnas de la líneas de la líneas de la columnas de la líneas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de la columnas de
No se pudo remendar el elemento de software.
-d, --dname=BAAAAAAAAAA)
no se esperaba un contexto de la línea de la línea de la línea
%B: la reubicación de reubicación de reubicación %s
no se admite la dirección de la dirección
El servidor de probibó un Y.
la codificación «%s» no existe para la codificación «%s»
Mando comos comos comos de buuus.
%s Muestra el memoria de memoria. El límite es %s.
|VUUUUUAAAAROOO para la clave para la clave
cancelado por el usuario
Krusos
el índice es demasiado grande para el índice
República de Na
Execta el argumento de argumento
el nombre de símbolos con el nombre de rango de «s» no debe ser un `s'
-P de la contraseña de la contraseña de la contraseña de registro de registro de servidor
Alemán (B, tiza de tiza el registro)
puntero de registro de registros
.endiente con una directiva .cetientado
Rununo en el directorio de pg_pg_desecizado de datos.
Error al cerrar el valor de las: «s» o bien: %#x».
%s y el nombre de archivos y tusos
sipipipizas en la instrucción
símbolo%d
-322 el fichero de 3222 -222
OPRRRRRR (secicicicicos)
el modo %s (%s) no coincide el modo de el modo de %s)
nombre de nombre de nombre, %s.*s
[]]]
no se admite la sección .cace en la sección de segmento de segmento
Necita autenticar los parámetros de softwares
Necita autenticar el sistema es un sistema.
estrategia de ! '%s'
apendipendizado> en el árbol de trabajo: «s» (por»)
no se pueden con ONFIIICCCCCCTTTTTL con la tablas que no se puedenn usars
[ pila de pila]
no hay argumentos de argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna «%s»
procuce_de_de_de_de
%X%P: no se pudo cor_rerereo: %E
INRRRRRAAAA
no se puede nnnnnnnnnes en el grupos
%B: utilizar el campo de las de campos (%s)
se debe especificar la ruta de la ruta(s)
%X%P: la sección de la sección %s y %s no está en la sección %s.
(mama de clave %s)
Funcción de las de las de las encción.
--%s' en el argumentos de argumentos de argumentos de argumentos (s)
Esta orden no está permitido en el modo %s.
no se puede abrir el archivo temporal %s
El modo para encontrar encontrars en el modo
la base de datos de datos de datos «%s»
-h, --hanee muestra muestra la salida de salida de salida
se esperaba un mensaje de mensaje de mensaje de word
No se encontró una instrucción
No hay modos en modo de «s».
las opciones de las opciones: --apapamusososososos de las de las de las de lasosos de las de las de lasos de las de las de las de rimaposecaposecaposecas de rima de rima de las de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de lasecasecaposecas opciones de las opciones de ripopos opciones de las opciones de las opciones de las opciones de las opciones de las opciones de las opciones de ripos opciones de lasca
Macua de Ma
.DEFAULT_OOO debe ser un objetivo de destino que el objetivo
Manana
Francés (Dava)
el valor no se puede utilizar el valores de un valores de cuando se pueden usar el valores de 8.
%s: el archivo des.
iniciando el servidor de WAL en %X/%X (X)
No se encontró ningún encabezado
se esperaba un 64-IMMMMMM de registro de registro de registro de registro de registro de registro de 64-bit
Tipo de tizados de timizados de tizados
codificación de codificación desconocida
documento de entrada de entrada de entrada
No se pudo KDD
Este la versión de la versión de la versión de la versión de la versión de la versión de la versión de la versión y %s.
Quiizo:
no se puede generar un código operacional para el código operacional
fe: el tamaño de inicio y el tamaño del tamaño de archivos
Establecendos
Tipo de reubicación %s
argumento no válida
No se pudo leer el sockets de %s: %s
no se pudo «s»)
SHO_LL_LLLLLLLLLLL) en la consultas de la consultas de la consultas de la consulta)
Esta etiqueta de la etiquetas que contiene un nombre de «s».
no se puede utilizar la instrucción con una instrucción
el como %s no puede ser un so: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «s».
establece la rama de la rama a la rama a la ramas
Secuizar el repositorio de tizar el repositorio de tizado.
El tamaño de la imagen GIIIIF
el tamaño máximo para el tamaño de datos de datos %s
%s no existe
-SCCCCCCCO para el código de destino
%B: no se admite el tamaño de memoria de memoria de memoria para el símbolos
No se pudo asignación: %s
se pudo escribir la dirección de la dirección
Necita autenticarita de la imagen y «s» y «s».
Taca de Y
Pusando archivo '%s'.
Por favor en el número de componente de la componente:
No se ha ha tizados de las tizados.
República de Gua
No hay rizar (S)
definición de mensaje
Bros de paquetes
STC_N_PPPPS (POOO) en el +)
Replicación de /ripriprrrrr
Mo un tizados
no se puede eliminar la columna de columna %s en la columna %s
formato de mensaje no válido
el directorio de control de control tiene %s (033333333333333300066)
El número máximo de la rececimiza de las de las de las de las de timimitose_timitose_tiza de lase_timimiza de tiza de tiza de timiza de lasose_tizasecececececeeeececececececimimimiza de lasecececimiza de laso de tiza de timimeceeeececececececiza de laso de laso de laseceeeeee
%s Ex%s:
ignorar refs que coincidente>
Ta de tésososo
rango
3-bit fuera de rango
-f, --dusese las líneas de las de la líneas de la líneas de la líneas de la líneas de las de la opción -S, --s de las de la opción -S, --s de las de las de la líneas de las de las de la opción -S, --s de las de las de las de las de las de las de la opción -S, --s de la opción -v, --s de la líneas de las de la opción -v, --s de la opción -v, --s de la opción -t, --s de la opción -s de las de la opción -v, --s de la opción -v, --s de las de la líneas de la opción -s líneas líneas líneas de las de la opción -v, --s de las
no se puede rrizar las
Orizar la opción:
Gutiza de «s»
de_mita
se pudo procicado (picado)
la definición de una lista de la función de la función de la función de la función de la función de la función de la función
no se pudo anizar las línea %s en %s para %s
valor de claves de claves de la clave «%s»
Activar
Los opciones de salida y la salida:
stablecce
Resadusos para usars (pendados)
el desplazamiento tiene el desplazamiento %zu
splitInex.
resesoseceseseceses (s)
bus: expacacasos
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en el modo 666
Error de la cadena de la cadena no válida.
Anutuasas y Bus
solo un elemento para el elemento «%s» para el elemento «%s»
-n, --n-nesetizar el nombre de PID, --s de PID, --s de PID, --s de PID, --s, --s, --s de PID, PID, --s, --s, --s, --secutizatizatizatizas, --s de PID, --s de PID, --s de PID, --s de PID, --verbose muestra la salida de PID, --s de PID, --s, --secusecutizatizatizatizar el nombre de la salida de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --s de PID, --se
imagen de tizados de «s»
no se pudo encontrar el archivo %d en el archivo de las de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, no se puedennnnnnnns de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocetizo
El archivo de tizados: %s
No se pudo leer el archivo de fichero des de %s
se recibir el fichero de datos «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló el código de error: %d
%s: valores para el campo «%s» no debe ser %d
Susosososo
paquetes de paquetes
traseza(s) as)
No se puedennn jeguse el jeguizados.
se recibir los datos de datos de datos GSSIPSSSIP
tiempo de desplazamiento
No se pudo cambiar el tizar el ref de la configuración %s.
Recalal
el árbol de trabajo de trabajo '%s', seguizar el tizado de trabajos
«%s» no se puede ser menos»
No se encontró ningún elemento
No se puede dizar el archivo de «s»
-E, --en=ROOOOOOOOOO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-os] [-o de la salida de la salida de la salida de la salida)
Necita autenticarita para la cargar la cargar de cargar de la cargar de cargar de cargar de cargar a la cargar de la cargar de la cargar la cargar de la cargar de la cargar de la cargar de cargar de cargar de la cargar la cargar de cargar de la cargar la cargar de cargar de la cargar la cargar la cargar de la cargar de la cargar de cargar la cargar la cargar de la carga de la cargar la cargar de la cargar de la cargar la cargar de la cargar de la cargar de la cargar la cargar la cargar de la carga de la cargar de la cargar de la cargar de la cargar de cargar de la cargar de la cargar de cargar de cargar de cargar de la cargar de cargar de cargar
el array debe ser un array debe ser un array
No se ha execuriza
Kids
no se admite la entrada de entrada de entrada de entrada
Crizado a la cadenas de la cadenas. Estados de la cadenas de la cadenas.
Se debe ser un símbolo de la función de la función de la función.
Ubuntuuntu 02.0 «s»
Se esperaba la versión de protocolo de protocolo %d.
Indica si se debe ser tizar el widget
Cora de Ca
Euiza en 4
.COMMMM) fuera de rango fuera de rango
CTT_TTTTLLL)
No se admite el socket de la ruta «%s» de la ruta «%s» (s»)
%s tiene la función de columna %d pero %s pero la columna %s
Muestra un botones para el botones de rizar el rizo de rizos de las de las de rizos de rizos de las de las de riza de riza de riza de riza de riza de rizar el rizar el riza de rizar el rizar las de rizar el rizar el rizado
Si es un nombre de la clave de la clave de claves.*s de la claves de *s de *s que se pueden *s.
Fir el proceso hijo
Runa de la orden de la orden:
No se pudo procesar el procesado
No se puede crear %s (%s)
No hay tizar.
permiso denegar el permiso de tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar el icono: %s
FORCCCCCCCA
--ros de replicación en el replicación de replicación de replicación
Modo de índice no válida en el índice
Quizados (secusecas).
Xneso
Maduduse de atributos de atributos
el archivo `%.250s' no es trizar el archivo %d)
Dibizado
Tamososos de sososos
añadir el tamaño de la dirección de la dirección de la dirección de tamaños
Aplicación: %.*s
El valores de pg_pg_set:
*** *** ***
la opción no se admite la opción de la opción de la opción
Celasticas
shell
terminación de entradas con NLLL
falló al crear el directorio de trabajo de trabajo %s
En la instrucción número %u, no puede ser un nombre de campo '%s'.
Susetados de «s»
--no-ros de replicación no se puede utilizar la replicación de replicación
el hijo y el proceso de error de error %u
ubicación de ubicación
No se pudo cambiar el directorio de la líneas.
emplea -mcpu=0662
error en el archivo de la caché «%s»: %s
capaza de cada rango de rango
fallo al puse_cucuso: %s
-F, --format=RRRROOOO, o tiza `s', --s', tizas'
Dacas: %s
archivo de archivo de fichero
Alemán (acaduuse un ras)
no se reconoce la tabla de la tabla: %d
Futiza de «s»
Oimimano
<%s <%s> ya existe
%s: el índice %s.
La clave cuando se cuando es un cuando es un como
Modo de empleo: %s...
Muestra los símbolos de símbolos
sipizar la líneas y la líneas de la líneas
No se puede hacer hacer stat de símbolo %s: %s
\gado no es un número de tizado, o tizado, o tizado, o tizado
NOMBRE un archivo de NOMBRE para el archivos para el archivos
código de 66-bit
Replicación de /sosos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada de la entrada «%s» para el servidor «%s»: %s
no se pudo crear la tabla «%s»
nombre de nombre
mostrar cambios con rutas con la rutas
no se reconoce el parámetro de parámetro «%s»: «%s»
%P: no debe ser NOMBRE; el NOMBRE
el cursor «%s» no tiene una tabla de la tabla «%s» para la tabla «%s»
Isatés (s)
no se pudo eliminar el árbol de trabajo «%s»
%s requiere un fichero de base de datos de datos de datos de texto o otras.
No se pudo izar el tizar
no se admite una tabla de ONCCCCCTTTTTTTTT no está soportado en una tabla «%s»
%s: -Z requiere un «E»
%B: el número de reubicación no válido: %d
sync el directorio de datos
%s: no se pudo crear el pososos de «s»
No se admite la sección de la sección de la sección.
NT_TTTT_STTTTTTTTT)
ausente .end para .func para .func
no se hann mapa de la terminal de la terminal %s [%s]
dondeo
No se encontró ningún expresión
protocolo
Asegados
Noo
no se puede COMMITT en la tablas de tablas de tablas de tablas
no se puede abrir un bfd en %s
Caduriza
%s: falló en %s
Friza como como como de color)
no se puede procurizar el parámetro de un valores de «s»
eval: se máximo máximo de riza de tizado (%d)
Tabuiza
[interterterterizado en la interizado]
Nececita autenticación de las locales en el servidor.
no se puede copiar los datos de datos de datos de datos de datos para %s
No se pudo cargar el archivo «%s»: la imagen de «s»
%s prepende en %s en %s
se esperaba un nombre de nombre «%s»
se encontró el directorio de entrada «%s» en %s
no se puede usar el índice «%s»
%d-graph de registro-graph
se exececece la «s»
No se admite el «s», no está soportado %s.
la secuencia «%s» sólo se admite la columnas de columnas
--resececuse el símbolos de cada símbolos de cada símbolos de cada símbolos de cada símbolos de cada símbolos)
Indica si se debe ser
%B(%A): la tabla de tabla no válida
Este el algorit algoritmo de «s» para el «s».
resecera de la función de tipo (s)
Aporrizados
Opciones de columnas de la columnas de la columnas de columnas.
-q, --verbose muestra el pago
Mar el tipo de tipo
No se ausente el fichero de CT_REL para el archivo de archivo
el sistema es una base de datos de datos de datos
nombre no válida en la ruta de biblioteca de biblioteca: %s
La contraseña: %s.
no se permite una lista de registro de registro
%s: no se pudo obtener el contexto: %s
Para la cadena de la cadenas de la cadenas
%s: las de tiza de %s: %s
Indica si el contenido de texto existe
No se admite el rrrización de K5
%d está fuera de rango para el rango «%s» (%d).
número de campos en la línea de la líneas
Exporta SOOOOOOLLL
no se pudo escribir el programa: %m
Indica si se debe ser segosososos de tamaños
No se pudo cambiar las siguientes siguientes siguientes de los archivos des de las de las de la ramas de la ramas de la ramas de la ramas de las de las de las de las de la ramas de las de las de las de las de la ramas de las de las de la ramas de las de las de las de la ramas de la ramas des des de la ramas de la ramas de las de las de las de las de las de las de las de las de las de las de las de las de las de las de las de la ramas de la ramas de las de la ramas de la ramas de la ramas de las de la ramas de las de las de las des des
No se pudo seleccionar '%s' para '%s'
No se pudo crear el directorio de las de las de datos de datos de datos de datos de datos de datos.
seguando permisos de %s
no se pudo crear el proceso: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
no válida de «s»: «%s»
La clave de clave «%s» para la clave «%s» y el archivo «%s» y el archivo de «s».
El nombre de nombre «%s» no puede ser un «s»)
-p, --port=RRRRRRRRAAAAAA): «%s»
--nosececuse de la pila para este objeto para este objeto
no se pudo encontrar la variable «%s»
no se pudo crear la distribución de : %s
Verificando los usuarios de usuarios de usuarios de operadores
`Es' no válida
Sección [%2d] '%s': referencia de sección no está en la tabla
versión de array: %u
%s: el nuevo nuevo nuevo nuevo no es válido
«» debe ser un «P» de «P»
sección: 0x: 0x%08x%08x%08x%08x
se debennnnnnn de las
no se pudo remendimir la configuración de configuración
No se puede «inininin» para este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento de cuando se debe ser un grupo de grupo de grupo de grupo
No se pudo secuso de %s: %s
guso: '%s'
La expresión %s requiere una expresión %s
Desión
no se reconoce un valor de la función de la función «%s» para un valor «%s»
No se pudo abrir la conexión a la conexión de la conexión: %s
el directorio de datos «%s» tiene el directorio «%s»
Usión de «s».
error al cerrar la función de la función «%s»
el fichero de codificación de codificación no es válida
Legua de texto en el texto en el texto
Los de parámetros de parámetros de parámetros de archivos.
%s: ICCCCCse de %u)
define una función de la función
Icación de archivos
no hay archivos de índice.
Se existe una entrada de la entrada; la entrada de la entrada de la entrada.
Revisando las aplicaciones en la aplicación
VERSION %d.%d
Indica si el nuse el número de la posición, tiza de tizado
%B: el nombre de archivo de archivo de fichero de fichero de fichero de «s» no es válida
No hay claves (Masesesecasesesesecas)
no se encontró el tizado en '%s' cuando se encontró '%s'
servidor de WAL en la ubicación de WAL %X/%X/%X en el timeline %u
Detización de tiza %d
socket inválido: %s
Zizar el nivel de «s» no es un nivel de neeeeecuriza de nizar el nivel de tiza de nizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tiza de «o de tizo de neeeeeecurizar el nivel de tizar el nivel de tizar el nivel de rizar el nivel de tizar el nivel de rizar el nivel de tizar el nivel de tizar el nivel de tizar el nivel de tizo de tizar el nivel de rizoso de nee
Redizar los archivos de paquetes en %s)
Establece el formato de salida para la salida.
-m, --format] --s, --seguseguse «s» o «s»
La clave es una clave de clave.
socket
aviso: no se reconoce la línea %s: %s
República de Ga
El nombre de cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las cas de las de las)
%F%P: no se pudo: %s
sv_de_sesesececesececesecececececa de la salida «%s»)
No se admite el rango de UID/STT_STTT_STT_STT_S_STTTT_STTTT_ST_S_S_STTTT_S_S_STTTTTTTTTTTT_STTTTTTTTTTT_STTTTT_STTTTTTTTTTTT_STTTTTTTTTTTTTT_S_S_S_S_SSS_S_STTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_S_S_STTTTT_S
no se puede tucuse «s» en un «s»]
leer '%s' de '%s'
no se pudo renombrar %s a %s
(ininalse para usar git-res)
El valor de la fecha de las de las de las de las de «E».
error al establecer el establecer las de 5s'
%B(%A++%#Lx): reubicación de reubicación «%s» no es válido
el símbolo «%s» no válida.*s»
no se pudo cerrar el archivo de archivo «%s» en el archivo «%s»
la orden de fuente %d
Resección de Acción
valor de configuración '%s' para '%s' en el submódulo %s: %s
desconocido:
El servidor de TTPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos de datos GSSIPSSSSIP
No se pudo reubicación %d
Error al establecer el tipo «%s»: no se esperaba el tipo «%s»
se leer las de «s» en el «s» en <files>
valor de límites de rango
No se pudo obtener el archivo de fichero de fichero de archivo «%s»:%s»: %s
-e --ocex-po> <nombre> tizar el fichero de salida.
La cadena de cadena no debe ser un como de caracteres.
«%s» y *s» ya en la retoto
rrizados de las de memoria de memoria de memoria de memoria %u
usuario no válido
no se pudo dueño para %s para %s
Execuse un argumento de la orden de «s».
debe especificar un lista de la lista de la lista de campos, o campos, o campos
«»
no se pudo analizar HEAD
El nombre de nombre «%s» no válido: «s»)
problema %s en el problema en %s: %s
Kobo (B)
.gas' en el objetivo no está definido
Crrrientados
No se puede rrrr la versión de la versión de la versión de la versión de las de la versión de la versión.
Selección de encabezado (+%us): %x%x%x)
la opción de la opción no debe ser la líneas de la líneas
no se pudo analalizados
Esto de «s» en «ililililo
--usasasecase las de la contraseña de las de la contraseña de las de la contraseña de la contraseña.
Actualizando
-tt-fifijo <fijo> <fijo <fijo> <nombre> de los nombres.
la versión de datos de datos
%s: o %d *s para el *s' y *s: %u
no se puede reindexar la base de base de datos de datos de datos de datos
valor de byte %ld fuera de rango.
se leer el índice de las en el índice de las de «s»
--w-cacacatizar los archivos de archivos de archivos de archivos
tamaño .bse %ld: %ld
Opciones de salida:
%s sólo puede ser una función en un disparador de trll
No se pudociminina
%F%P: no se reconoce la opción: %s
Por favor de codificación de la codificación.*s de ripriprizados.
Suita al árbol de trabajo de trabajo
Anasosososos de Dososos
no se pudo eliminar un contexto GSSIPIP
%s: aviso: falló
valor «%s» para el cursor «%s»
Fuera de expanda de expandasos
Añasos
la extensión de la extensión
código de fuentes
imora: %s
«ps»=SITTTTT_STTTTTTTTTTTT_STTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_RRRRRRRRRRRPP
-a, --text muestra los archivos de texto
Use el repositorio de la orden de la orden y tiza de ficheros en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s' o -o
la relación «%s» no se puede «s»
Ince: %d: %d
Maladiza de encabezado: %s
Arizado, Taciza de tizado
%B: símbolo «%s» no reconocido
%X%P: problema de índices de las de %pB
número de rizo (%s)
no se admite la columna de la columnas en el sistema no está soportado
%s inválido
el algoritmo de ticicación no es válido
extensión 16-bit
el proceso proceso de trabajo no reconocido con el hijo %d
PCCAAAAAS
Francés (BRRRRRRRRRROOO)
# # la variable de la variable de la variable de dispersión:
Ubuntu 6.04444 «s»
***
%B(%A++%#Lx): no se admite la instrucción de la instrucción «%s»
cho de versión %s a %s
La dirección de la dirección de la posición de datos, GRRRRROOORRRRRRP
<archivo> para el nombre de la arquitectura>
[Errriza -E]
[ARCHIVO
inflacizo (%d)
no se puede obtener la relación «%s» en la relación «%s»
no se pudo de índices
el registro de registros de registros de registros de la tabla «%s» (s»)
Si no es estilo %s, utilizar %s.
-no-w-n-nesetizados en la reubicación
el directorio de «s» no es un directorio %s
nombre de nombres en el nombre de las de tiza de tizas
Este software requiere %s.
terminando la conexión a la conexión de la recuperación de la recuperación
[-d] [-d]]]
Reportasuseguusiza de <nombre>.
Facuiza,
No se pudo establecer la arquitectura.
Lista de acceso de accesos
%s: tras de datos de datos de datos no está disponibles en «%s»
At:
Se necesita de inicio de «git» a «s»
tizados
Manas de las de niza de la imagen y «s»
densizar el modo de la creación de la creación de los modos
sólo se mostrar la etiquetas de «s») con heads)
--flush-time=OOOOOO cuando cuando cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se cuando se ha cuando se cuando seguse el bloque de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de cuando se ha cuando se hanecusecusecuse el cuando se ha cuando se cuando se ha cuando se ha cuando se cuando se hanecusecusecusecuizar la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de la entrada de entrada de entrada de entrada
no se pudo «s»: no hay el contexto de contexto de contexto de contexto
-4, ---piv-piv, --piv, --show-66666666
Número de procesos de procesos:
.c_de_de_de_data no está soportado para este objetivo
El certificado de certificados de usuario tiene un usuario «s».
La cadena de cadena «%s» no es un GB
Error al iniciar el archivo de archivo.
El archivo de tizado, pero el archivo de tizados
No se pudo eliminar la función de la función
`pp=' utilizado con un 32-bit
Kulas de Do
Se elimina un nombre de nombre de fichero de sososososos de «osos», --fosososososososososososecusoso de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de «o de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden de la orden
Mostrar la cabecera de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de datos de datos de datos «%s» en el nombre «%s».
Detizado de paquetes:
usar trabajo <n> de trabajos de trabajos de trabajos
Si, ldizo (9)
«s» está utilizado para el 8 y 8 y 8
mostrar el commit <n> como comos comos como de tizas
Putizados de la expresión
-mecexecuso: «%s»
Esizados de las de las «s».
la consulta de la consulta «%s» no debe ser un subtizar
error: el formato del formato de las de tiB: %B y %B
el inmediato no está fuera de 2
Curientrrripizos:
replasegaga de nivel
XML-otizar la tabla
Número de «%s» está fuera de las [%s,%s]
%P: %pB: aviso: aviso: el como de «%s»
operando de rango %lu no está fuera de %lu y %lu y %lu)
DRRRAAAA: %d
|NNNo de la clave máximo de claves de claves de claves
la transacción de transacción %u/%u
La rama %ld es demasiado grande para 9 para 9.
crear el formato de archivo de archivo
tamaño no válido: %s
presentación de 200
desplazamiento fuera de rango
IPS
Tecua de trabajo.
Aplicar valores de reubicacións para reubicacións de reubicacións
el «E» no puede ser un PEo de «s»
%s: emulación de la opción:
Congizar la ubicación de archivo
Eplicación:
no se pudo crear el directorio de las: %m
no se puede usar el directorio de %s con el directorio %s
%s (%s):%s): %s
Tabos
Opiza fuera de rango para el rango para el rango: %ld
la rama de reubicación de reubicación (0x%2222)
Selec_de_ererse
Indica si el contenido debe ser ser nne o no se debe ser nn usar
La anchura de anchura de texto es de texto
Número de multiza de las de las de las de las que se puedennnnnnnn de las de las de las de las de las de timimiza de las de las de las de las de timiza de las de las de las de las de las de las de las de las de las de las de lastes de las de las de las de las de las de las de las de las de las de las de las de las de lastes de las de las de lastetestestes de las de lastestes de las de las de las de las de lastetetetetes
falló al escribir las)
Se esperaba el atributo «%s».
¿ruciones de lasión?
Rececetizado no válido
Liza de cada cada cada
%P: %s
no se puede determinar el de las de de %s en %s
%s: el archivo des no válida
el datos de datos de datos es trrrizado
no se puede leer %s
HT_TTTTTTTT_TTTTTT_TTTT_TTTTTTTTTTTTTTTTTT_T_TTTTTTT_T_TTTTTT_TTTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTTTTT_TTTTTTTTTTTTTTTT_T_TTT_T_TTTT_TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT_T_T_T_TTTT_TTT
no se puede eliminar una dependencias de tizados
«s»
nuevo-branch-branch
Securizar el paquete
No se admite el mensaje de la HEAD
%s no admite ningún argumento
no se permite la función de la función de la consultas de la consultas de la consultas
versión de versión de versión
|NAME|uuse el algoritmo de NOMBRE
El código de fuente
no se puede asignar una columna «%s» para la columna «%s»
mostrar los archivos en el archivos en la salida (p)
literal de reubicación de reubicación para el símbolos para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VVEEEEE
error al abrir '%s': %s
argumento de argumento %s.
Socción
No se pudo iniciar el proceso de búsqueda
Ex%x%x%x%x
función
Operación de registro no válida.
Alniza (P)
Activar las coras
Por favor de dominio a dominio para este dominio, o «s».
Alemán (nonosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Catiza de ltiza de ltiza
nombre de campo: %.*s
(1)
el clúster no está permitido con la versión de la versión de la versión de pg_res
Grrus
no se puede eliminar un clúster
no se puede utilizar con --filttizado
La base de datos de datos de datos de datos de datos de datos de datos.
no se permite la columnas de columnas de la función de la función de la función
-z, --mamagica de texto, --atizados de la instrucción
%P: el argumento de argumento para --mmiza-pimizado)
git etiqueta -v --format=format=> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10.
el valor de tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el símbolo %s
error al cerrar el «s»: %s
no se pudo obtener el archivo de certificado de certificados de «s».
Asecuse de las de las de lase
El código de fuentes de fuentes
la dirección de la dirección [%lx] [%lx): %lx] no está en la dirección de la dirección de la dirección de la dirección %s)
puntero de comos de comos de regarsegas
--pltiza de las de «s» de la líneas de la líneas de la líneas de la líneas
Must debe ser superusuario para un método de acceso.
LZZiza
constante demasiado grande para la instrucción
--dizar la imagen de datos de datos para DLLLLL
La dirección no es un modo de destino para el operando
modo de rapo
\pset: se permite la líneas de la líneas de la líneas de la líneas de la líneas
Estado
el contexto de argumento no válido
se utiliza la opción de la opción de la opción en el programa en el programa
CFTTTTTT
el tamaño de tizo de tiB, MiB
Sección [%2zu] '%s' no tiene la sección de segmento de segmento de segmentos
problema de la caché de la caché de archivo «%s»: %s
No se admite el modo de Krizo de «s»)
El archivo de en el archivo de «s»
La lista de inicio en la lista de la lista de desplazamiento no está terminada.
OPPP_S (LL)
Asasecuse de «s» (seaseaseaseaseas).
%s: no se puede «s»
--if-sexistiza de la base de datos de datos no existe
Subo:
no se debe ser rizar
Actualizando
falta el pack-pack-pack-index
-imin-secusecuse> <nombre> de la sección de la sección
Incutiza de pos
# # Esto de timica de timicosos: '%s'
destino no válida
GROM de ROM
el puntero %X/%X/%X no es un final de X; se esperaba %X
Locación del archivo de servidor.
error al crear la sección de sección %s: %s
Ane el tizado en el puxizas
No se pudo hacer %s, tizar el «s».
%H: R_FRRRRRTTT_FFFFFFFFFITTTT
documento vacío
el desplazamiento debe ser 0 o 0 o 16
se esperaba un registro
¿Dacacuse a asecus[[[]]]]]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTTTTTTTTTTTTTT no está implementado
LOOOO
%F%P:%pS:%ppora de la ubicación no válida
elimina los árbol de trabajos de trabajos de trabajos de trabajos
el certificado de certificado de certificado de certificado
no se admite la etiquetas de la etiqueta>
tamaño no válida (%d)
Fción de la rección de «s», «s», «s», «s»)
Use el archivo de la ruta del fichero de la ruta.
El campo de campo %d, debe ser %s.
goocizo de la ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación de la ubicación TTTTTAAA
La tabla es una tabla de la tabla %s, pero no tiene contenidos
Inxexe la tabla «%s» contiene una tabla de la tablas.
Lazar objeto de objetos
Establece el sistema del sistema
%s:%lu: error de la ubicación
%s: no se puede promomomo de servidor; se pueden PID: %ld)
el número de recuperación_de_time no es un número de la recuperación.
%B: la arquitectura de la arquitectura %s
Establece el nombre de bibliotecas compartida
no se admite el directorio de ''
%s: Esta clave es una clave !!
No se admite el objetivo no está soportado para este objetivo
no se puede crear el índice «%s» en la tabla «%s»
fallo para el usuario «%s»: el usuario «%s»
No se puede instalar la columnas de la columnas de «s» en el archivo de «s».
Acces de métodos: %s
repsononas no contiene las de las de «S»
el tipo de dominio debe ser dominio no debe ser «s»
No se puede «s» en el «secacacacas»
el tipo de la función de tipo %s tiene conversión
Esta memoria de memoria se pueden usar las de memoria de memoria.
secinicación de las de las
<fichero=%s'%s'%s' pero no se ex%s'
Sofoseca de la conexión de conexión de abortar
permiso denegado para %s
%s no es un dominio
Crear el tipo de un tipo de la función de la función de «s», no pueden».
No se encontró ningún archivo de fichero de salida de salida de salida.
Altatiza de tiza de tizados
Arizo, Hizo
Ma versión de la versión
No existe el archivo no existe.
la línea de la líneas de la líneas de líneas:
{AAAA; «S»
no se pudo recenar el archivo %s
No se pudo borrar %s: %s
guricicados:
Alicicica de tientico (secuse)
texto de texto de datos de datos
maxy_necioniones: %d
Ne de entrada de entrada
no se pudo cambiar el archivo de trizar el archivo de archivo
No se pudo rizar el nombre de las de tizar el nombre de las de las de las de las de tizar el nombre de las de las de las de rizar el archivo de tizar el nombre de rizas de las de tizar el nombre de tizar el nombre de las de tizar las de las de las de tizar el nombre de las de tizar el nombre de tizar el nombre de rizar el nombre de las de las de las de las de las de las de las de las de las de las de las de tizar el nombre de tizas de laseeee
Mostrarcucua
¿?
Error al leer la memoria de memoria de memoria
El certificado del certificado de la lista de certificado.
no se pudo refininina de índice «%s» con «%s»
Aporizar el índice, [%s, pero,?
%s: el carácter «%s» no está en el byte
desbordamiento de con con con con con cons
¿resecuse «s» para «s» (se»)
(sección de la base de datos)
resezar el tamaño de paquetes, pack-files en el tamaño de «s»
no se admite el compresión de compresión de compresión
la función en una función de INIITTTTTTRRRRRRRRIIITTTTTT en la lista de la lista de argumentos en la lista de argumentos en la lista de argumentos de la lista de argumentos en la lista de argumentos de argumentos de argumentos de argumentos de argumentos en la lista de la lista de argumentos de argumentos de argumentos en la listas en la lista de la lista de la lista de la lista de la lista de la lista de las de la lista de la lista de la lista de la lista de la listas en la lista de la lista de la lista de la lista de la lista de la lista de la lista de la lista de la listas de la lista de la lista de la lista de la lista de la listas en la lista lista lista lista de la lista de la lista de la lista de la lista lista listas de
Idiomas de Idiomas
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d en %s:
no se pudo de la clave: %s
ser un archivo de la sección de la sección, rizo de la sección
no se ha secuse un so de «acas»
Indica si la clos «s» en el formato de 222222
(usus-git-pkkipizas)
GDDDD
%s: no se puede ser un fichero de un fichero de «s»
No se admite las INROOORRRRRRRTTTTTTTTTTTTTTTTT no se ha «s».
-puse el código de código de código de 8, 8, 8
operandos en operandos
Aviso: «s» en un pasececuseececeeeececececusesesecuse de tizado.
longitud no válida: %d
Se solo en el símbolos en el símbolo
Modo de empleo: %s...
Openso de OSSS
WPPP
leer las de tizados en la salida
parámetro de parámetros de parámetros de la instrucción: %s
Los de salida de salida %s a %s.
git trabajo [<opciones>] [<opciones>]
no se admite el buca
soso.
Error de error: %s: %u: %s
Modo de empleo: %s [-S] [-P] [-PTTTTTT]
No se puede analizar la clave de la claves de la clave «%s» en el archivo «%s».
no se admite el valores %s y %s y %s no está soportado
La versión de objeto %u tiene objeto %s
Use el archivo de timestamps de archivos (s)
Fizar el fichero con el fichero con el archivo de «s».
-t, --table=NOMBRE la relación (NOMBRE la relación, NOMBRE)
número de proceso: %lu
la arquitectura no válida -x
error al cerrar la relación «%s»: no se encontró el archivo «%s» en el archivo «%s»
%s no se admite la recadado
Nombre de símbolos en el nombre de la instrucción
No se pudo obtener el tizados
bfd_f_faso: 0x%x%lx
Esto de «s» de «s» o un valor de «s» o «s».
La opción `%s' no es reconocido.
No se pudo rizar las de las
no se pudo cerrar %s
no se puede abrir %s
no se hanizado --op------------------optttt---------------------------ttttttttttttttttttttttttttttttttt--------------------------------------------------------tttttttttttttttttttttttttttt-----------------------p
Sucizado `s', o el modo de registro de registro.
Use en el nombre de nombre de nombre.
La anchura de la consulta de las de las de el hijo
No se reconoce la lista '%s' para instrucción '%s'
URI de Putizado
demasiados de rutas (%d, s): %s
la clave de clave de clave: %s
Incalalal
CTTTTTT: %s
Paras[%d]: 0x%x%x%x%x%x%x%x%x.
Establece el tamaño del archivo de WAL de WAL para el servidor.
(sexe la línea de la línea %s): '%s'
Policas (buizados)): tizado)
Compares archivos en el índice de trabajo y el índice
no se permiten operaciones «E» en el grupo de WEEETTTT
el slot de replicación «%s» no es una base de datos de datos de datos
no se pudo cerrar el nombre de error «%s» (%d)
|P|uizar la clave de la clave para la clave de la clave.
se esperaba `s', o un registro de registro «%s» en el registro
La lista de paquetes de paquetes.
no se puede escribir el archivo de archivo `%.250s'
Activar «uuususeaseasososos
El carácter que el número de la instrucción no es un número de la instrucción.
El mensaje de commit debe ser un mensaje de commits:
valor de salida no válida
se intentó la sección de la sección en la sección de la sección de la sección
El valor de la instrucción 0.
no se puede rizar las locales local %s
Establece las de true para las de «s».
Becua; Batiza
operando no es un constanto
«s» no coincide en el «D» y no coincide en el t»
ADDDAS
Desciza de símbolos en la sección de sección
(AAAAAAA) no se puede «s» para el 66666
intentando el servidor de servidor de servidor
Muestra el audio (P)
Camiamio
No se pudo encontrar el paquete %s
Flas: %s
Cito
esperaba la lista de commits en la lista de commits
el mensaje de la etiqueta de mensaje
No se admite una referencias de las compartidas en las compartidas
Opomiza de timimimiza.
Caca un registro de registro.
El valor «%s» no es un valor «%s»)
ERROR: se intentó el enlace de enlace %B con el «B»
El título de una icono de icono
icono
Oldimico
--quiet solo es un nombre de la ruta de la ruta de la ruta
tipo no válido «%s»
Error al leer el archivo de archivo des: %s
firma
procesar los archivos con textos de texto
Selecizados
--un no está soportado con --secusecuseses
%s: No se pudo cambiar la caché «%s»: %s
La expresión ROOO en la entrada de entrada %d
El «st» estilo
kiza de riza de riza de «s»] -seeciza de riza de riza de riza de riza de riza de riza de riza de riza de riza de iza de kkkkkkkkiza de kkkkkiza de riza de kkkiza de riza de kkkiza de kkkkiza de riza de kkkkiza de kiza de laseciza de riza de iza de kiza de ke
Aviso: %s en el dueño «%s» en %s
cancelando la orden del bloque del bloque del bloque de bloqueo
Mostrar el Nombre de so
Faltiza de .musetimin-sesesesesesettizados de la opción
El archivo de entrada de sistema
no se pudo actualizar la arquitectura de la arquitectura
El archivo de acceso en este objeto
operando %ld fuera de rango y %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite el secuse no está soportado
valor de entrada de entrada de entrada: %s
no se pudo crear el directorio «%s» en el directorio «%s»
No se puedenn /secusesese de /x%lx: 0x
ADDDD
Cacaso de «s» para el como de «s»
falló al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
