No se debe ser el botones de los botones de los pregados en el pres
Indodo-ros de rosos
no se pudo crear el fichero '%s'
El dominio a la restricción de dominio en NL, NLL, dominio
%s no puede ser aplicaciones a una función
ignorado
problema de resando '%s': %s
-n, --quiet, --silentes de los tientes de tivos
no se puede utilizar la expresión de la expresión de registros en expresiones
Dasisistbles «regisisis»
El archivo de archivos que se deben «der»
(unacurita)
Exciones de evens
carácter inesperado `%c' en el tipo precificación `%d'
Error al sizar el fichero de %s: %s
proceso de trabajo
firmas de datos no válida con PKAAAA
%B: %#Lx: aviso: símbolo de sección inesperado
no se puede crear el fichero regular %s
ARCHRRA
Error al cerrar el tipo de parámetro %s: %s
«push» para '%s' no tiene '%s'
Mononmados
base %s
No se puede rllo
clase no válido
Por favor que la claves de claves de clave:
--trace la rama de la rama
Establecer el número de miexerto en el nuevo clúster
República de SSS, República Sociaciaciaciaciacias
Indica si se deben las líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas
Cacuso de la claves de la claves de la claves (poras)
La secuencia de «kkk» a el servidor
Cdrom con Ubuntu 9.10 Ko Ko Ko
Tawano
la opción -C no se pueden utilizar las de «s»
Mover un directorio de un directorio, o un directorio de un directorio
Netés de la dirección de la dirección de la dirección
No se puede analalalalal
El número de la pantalla de la pantalla de la pantalla de la pantalla.
Viense
Descción de la especificación de «ser», -min», -min», -t, -tiza el nombre de seguridad que -t, -t, -t, -t, -t, -t, -t, -t, -duse el nombre de seguridad que el nombre de los nombre de seguridad que -t, -minint, -t, -hhort, -duse el nombre de la corort, -mininint, -t, -hort, --s de la cacionionionionionional, -t, -t, -hhhhorort, -t, -hororort, -t, -horororor defecto, -dencionionionionionalalalalalalal, -t, -t
el archivo de comprimido de compresión, pero no soportadas
Crolols y pidids, Ingués
línea no válidos de la línea %s
No se puede borrar los URLs de todas de push
Time a :
salida en la salida de la salida de la salida de INDDG
Sección [%2d] '%s': hash de dispersión para el índice de índice %zu
No se permite un carácter de 'ac' en un valor de caracteres
destino
Xfatizado
core yacrros en longitud de 32 bits de 32 bit.
sparse: se admite el filos tiene un optrizado
No se ha detectado con el árbol de trabajo.
Francés (Sizado, sin teclas muertas)
local
Sección [%2d] '%s': la sección de la sección de la sección de sección .ST_SST_SSS
el tipo de operando de tipos no puede ser en el tipo
iniciar el pg_line:
no se pudo encontrar el primer primer primer primer primer registro GST
Operación inválido: --at=SSSCCCCC
lectura de la ruta de la ruta de la ruta de la ruta de la ruta
no se pudo iniciar %s
No se han ser «enen» en el marcador para la URI «%s»
Modo de empleo: %s [opciones](s)](s)](s)
la opción '-%c' requiere un argumento
No se reconoce IN_NTTTT_FFIIIGG
No se permite una definición de la definición de símbolos con el fichero de ficheros en -vos
opción --no-conflict-conflict-segus requiere la opción --no-int, --in-in-inin-in-in-int-in-in-int-in-in-in-int, --in-inininsetizas, --set, --setinsetizasetin-in-in-in-in-in-in-in-in-in-in-inset-in-in-in-in-inininset-in-in-in-in-ins de --no-intival-insetinininininininintival-inintival-insetivalalalsecetivalal-inseseseet
clave %s: «%s»
versión de índice %d
Se especificó ningún protocolo de protocolo
Francés (alal).
Rececita de ventanas de ventanas de una ventana
-a, --all muestra los bases de datos
<stringida: %ld> %ld
El valores de «sin» no está activado para el valor de sistema.
'%s' no existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
no existe el ro «%s»
La cabecera de encabezado: falta el nuevo nuevo nuevo
--no--modififififififizado en el modo de tizado
Selece el elemento de pos en el pos
no se pudo analizar '%s'.
-mch=8> Establece el tipo de 8 8, 888, 8, 8, 8, 8433333333333333333300, 8, 8, 8, 8, 8, 8, 8, 8666666666666
<lama>
Se esperaba un argumento
Tipo %s no implementa de las de las de las de lasconconosecegos
no se pudo analizar %s
Taca de x
la instrucción no es un modo de la dirección
abortando la transacción actual
sipizados: %lu
no se admite la definición de '%s'
El número de registros para el widget del widget
LSN de WAL de WAL %X (LSN/%X/%X) debe ser mayor que %X
el directorio %s no es un directorio
tipo de checkpoint no reconocido: «%s»
La respuesta OCSP no es válido
Cdrom con Ubuntu 10.
Martando %s
dicrimiminir que cero
El inmediato está fuera de rango a 0555
-ft/--use no puede utilizado con -hos
Maclas deplas de AD-osos
%s requiere un valor
Lista de la opción XKB
múltiples registros para el mismo registro de registros
%B: número de reubicación no válida: %d
Cabuso no válido
-X, --exclude-dirdirectororr la lista de la lista de la lista de la lista de datos
tipo: %s
diversión de las local %s para %s
%s clave %s no usar un hash de hash (%zu)
abortando porquequeque de lectura
instrucción de registros requiere
debe ser un check-check-checkoutout a un tidades
no se pudo crear el tablespace de tablespace %u
--scksize <size> Establece el tamaño de la pila en la pila
el índice no debe ser utilizado en modo de índice
aviso: %s contiene un puntero
usando OCSP SPSP
el valor de campo «%s» está fuera de rango: «%s»
define un nuevo nuevo operador de operador
no se admite la sección de sección en la sección: %s
Incaca de max_presegados (securizado).
Interteral: error de errores de «pops»: «%s».
Datéés de abortado.
Busecense
documento de Aplas
sección de sección 0%u] [%u]
ref_rerereopciones
%s: aviso: el registro de lasión de hibido a %s: %s
Versión: %s
Vietivos
no se puede abrir el nombre %s para %s
el operador de operador «%s» no es un tipo %s
No se deben ser un dientes de un «sose»)
Error de Sizar de SDD
-, --help[help=opciones] muestra este ayuda, muestra los ayuda
Verstica de lastica
Símbolos de una instrucción inmediato para instrucciones
no se pueden borrar el viso «%s» de «%s»
la función «%s» debe ser «ir»
La instrucción de instrucciones de instrucciones o
no se pudo analizar la lista RDDA
valor de opción inválida para '%s':
Coladus de la cabeceras de la cabeceras de evens
el huseguse no está soportado en este poror
Mose un YCTRRTPT
No se pudo hacer símbolos en la sección de la sección
Establece el número máximo máxima de un número máxima de trabajo.
Modo de empleo: %s [OPCIÓN]... [OPCIÓN] [UUUURO] [OPCIÓN]
delimit_de_recaca
el archivo «%s» contiene un archivo NUL, no está terminada en la cadena %s
cliente un cliente no válido
carácter no válido
Establece el enlace de PRORORRRO para usar
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio desconocido desconocido
(fixando conflictos «op» y "git rebase --continue)
redo no es válido
CPIO (comprimido comprimido)
la función de agregación no pueden tener más de argumento %d
%s tiene un parámetro de parámetro
Falló la sección debububido a la sección de la sección de la sección .bubo
Dirección de tablas:
Actualizar (Puue (P, NLL)
El cambios para el repositorio
<nombre>
--entryentry <cececuya de la entrada de la entrada
cambia la definición de búsqueda de búsqueda de texto
no se pudo iniciar el como de inicio de ««s»
error de sintaxis de la sintaxis no es inesperado `%s'
Aplicar las cambios de cambios existe
Los valores entre «%s» y «%d».
no se encontró entradas
el tamaño de objeto
Mencho de nivel de nivel 5
ATENCIÓN: la clave no es válido con una firmada
el tamaño de pg_datadata y el tamaño máximo no coincidentes
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del icono en el elemento
no existe el usuario de usuario «%s»
no se puede cambiar el tipo de datos y el valor de parámetro
Tororora de resoso «%s» de '%s'
La ruta de la ruta de la ruta de la ruta de la ruta de la ruta es conflicto
Establece el desplazamiento de desplazamiento y exec y los segmentos de los segmentos de lectura
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -dus de la opción -dizar el nombre de la opción.
las funciones de la función de la función de las no se permiten «semin»
Kurico (SS, Fria)
compresión de compresión
Establece el tamaño de la tabla de la tabla de la tablas <NUUUM
Impaza quierdas de WAL para el directorio «%s».
|adusis-segurrrus
(secuso: %u)
ADVERTENCIA: no se admite el directorio de configuración en el directorio de configuración '%s' en el directorio '%s'
El paquetes de paquetes de paquetes
-m[no-%s]=EEs/se/sisis/sistizable %s
Cata
Actualizar la modificación de modificación de modificación de modificación del FICHERO
el mensaje de pos tiene plusosión de lasión de lasión de .#'
Cario
%s: Se esperaba un fichero de entrada de entrada de entrada
contador de registros no pueden ser «CCCCCCCIIIIIS
\pset: se permite una columnas de la líneas de la líneas, 64-bit
No hay un elemento para este elemento de software.
-d, --dbname=BBEE base de datos a la base de datos «%s»)
no se esperaba un contexto de la línea de la línea
%B: preclas de reubicación %s
dirección de dirección no válida
El probito es un YYYY.
la codificación «%s» no existe para la codificación «%s»
Mistes como después del butiltil.
%s MiB es demasiado de memoria. El código de memoria es %s.
|VLL||EEEEEEE de la clave para la clave
cancelado por usuario
Nombre de Kusos
el índice es demasiado grande para el índice
República de Nera
constante el argumento de argumento de argumento
el nombre de límite de límite de límite de «s» no debe ser usado
-PÁC de contraseña de la contraseña de registros de servidor
Alemán (Bone, tiza el registro de registro de registros)
se requiere un registro de registros
la directiva .end sin un prección de la directiva .ent
Recita de pg_base o pg_de un directorio de datos.
Darwar: Error de la función no válida o bien: %#x.
%s y «lllll» y muususe»
sipizando fififijos en esta instrucción
símbolo%d
-32 crear el fichero de 32 bit -64
OPPR_IO (segicos (seciones)
el modo (%s) no coincide el modo %s)
nombre de en nombre de nombre: %s.*s
[ARGS...]
no hay un segmento de sección .cetada en la sección
El valores de las de lasión de las de lasión
Necesita autenticar el sistema para el sistema.
estrategia de compresión de compresión '%s'
compendimar <nombre> en el directorio de trabajo «por»):
ONONONONONFIIIC no puede utilizado con una tablas o UPDATE o UPDATE o UPDATE
[ desbordamiento de pila]
no permitir el argumento «%s» para el cursor «%s»
Desión desconocida en la orden %s
la columna «%s» de la columnas» tiene conflictos
procó_rereregado
%X%P: no se pudo cerrar_hash_lololo: %E
el archivo de entrada de entrada de entrada ...
no se pueden nnnnns de grupos en las
%B: usar un campo de #_#Lx (%s)
debe especificars de ruta(s) para la rutas)
%X%P: la sección de la sección de la sección %s y %A.
(mama de clave %s)
Funacción de la crupupta en las.
--%s de argumentos de argumentos de argumentos de argumentos y el directorio.
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo para encontrar el modos en el modo
la base de datos a la base de datos «%s»
-h, --hher muestra la salida en la salida de salida
el mensaje de mensaje inesperado con el mensaje de word
No se encontró instrucción
No se han en modo de modo de modo de modo.
opciones de SP: --pamusos de la opción --pusho
Mecera de las
.DEFAULT_NNOOOOO para el objetivo
Mancho
Francés (Dorora)
no se puede utilizar el valor de codificación no se puede ser un valor de codificación de codificación 8.
%s: el archivo gmononona el archivo de his.
iniciando el flujo de WAL %X/%X en %s (s)
No se encontró la cabecera XPM
se esperaba 64-bit SIDDDDA de 64-bit o 64-bit
Tipo de AAAAAAAAA
codificación desconocido
documento de entrada de entrada MMM
El Kizado para GDD
Este la versión de la versión se puede raguizar la versión de la versión y %s.
Quito:
no se pudo generar el código operacional para el punto de ramine
freso: el tamaño del tamaño de los tamaños de diferencias de diferencias
Muestrandos
Operando %s desconocida %s
Tipo de argumento
No se pudo leer el socket de socket: %s
setfense (create)
SW_OOLLLLLL_SEEE en la consulta de la consultas de la consultas de la consulta)
Este tags de nombres de nombres de nombres de las de las.
no se puede usar la instrucción
el cliente %s no se puede ser un so: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser «d» en el «d».
establece la rama de la rama de la rama a la rama
El repositorio en el repositorio para el repositorio.
imagen de la imagen de GIFIF
el tamaño máximo para el tamaño de base de datos %s
%s no existe
-CCRERERO ensambla código para el objetivo SREREREREREC
%B: no es en el tamaño de memoria de memoria de memoria para %#Lx
Falló la salida de %s: %s
escritura de escribir
Necesita autenticarse para la imagen de la imagen de la imagen de la imagen.
Trasión de YMMMML
Prunando archivo '%s'.
Por favor en el número de componente de componente:
Susando un double tiene un double.
República de Ga de Ga
No hay rgan (SS)
definición de mensaje duplicado
Bros paquetes
STC_NOP_PS (POOOOOOOO en pos)
Replicación de /riminina
Motiza un tizables
no se pueden tener más de columna %s en la columna %d
formato de mensaje inválido
el directorio de control tiene permiso %s (0s «««s»)
El número máximo de elementos por el elemento de posegurit_de_de_de_de_p()
%s Exxión:
ignorar refs con <fichero>
Taliiza y rigo
rango
3-bit fuera de rango
-f, --fifijos=SAAAAIIII se descarta los campos de la líneas de la líneas de la opción -s de la líneas de las de la opción -t, --s de la opción -t, --s de la opción -s des de la opción -t, --s de la opción -t, -t, --s de la líneas de la líneas de la opción -S, -S, --s de la opción -t, --s de la opción -t, -negos de la líneas de las de las de las de las de la opción -S, -S, --s de las de las de las de la opción -SIIIIIIIIIIIIIIIIIIIInececet, --secece
no se pueden usar las directorios
Opciones de la opción:
Gull de doublesico
de_emito
nombre de procicados (no)
la lista de columnas de la función de la función de la función de la función de la función de agregación
no se pudo analiz_debbido en %s para %s
valores de claves de «in» no existe
Activar
Los opciones de salida y la salida:
stabletables
Resovericados para usar (end)
reubicación tiene la reubicación %zu
el valor de «IIP.
respuesta no válidos (seconononons)
buso: seña el token de rmal
debe ser el texto de búsqueda de búsqueda %s
%s no está soportado en modo «PS
Error: longitud de cadena no válido de cadena.
Antigiga y Bus
solo un elemento para el elemento «%s»
-n, --setricos de PID, PID, --PID, --s, --s, --s, --set, --port, -t, --set, -t, --set, --porororort, --set, --set, --set, --set, --set, -t, --set, --no-tabset, --set, --port, --set, --set, --set, --set, --set, --set, --set, --ppport, --set, --set, -port, --set, -ppport, --set, --set, --secet
imagen de la imagen de la imagen de la imagen de la imagen
no se pudo encontrar el bloque de bloqueo %d en el archivo de entradas de entradas, no se pueden usar el fichero de entrada
documento de Que
Securó el archivo de mecedido: %s
No se pudo cerrar el fichero de fichero descriptor %s
se recibió el archivo de datos para el archivo «%s», el archivo «%s»
no se pudo abrir el certificado «%s»: %s
%s falló: código de error %d
%s: el valor para el campo «%s» no debe ser grande
Rolas
firmas de paquetes de paquetes
trasilo(s) añas)
Los candidato no hay candidatas que segus que jegutés.
se recibir los datos de datos de datos de datos de GSSSSS
Sintetetes
No se pudo actualizar el ref-default-fetche el manual de la configuración de fetch.
República
el árbol de trabajo de trabajo en '%s', se hann «sempuer»
«%s» no puede ser retortortortors «%s»
No se encontró ningún no encontrado
No se puede verifizar el archivo «s»
-E, --encoco=ROOENCCO para la base de datos de datos
Sección [%2d] '%s': no se puede obtener contenido de sección de sección
\echo [-n] [-n] [nombre]
Necita autenticarse para la cargar el administrador de carga de cargar.
el array de array de array debe ser undimensional
No hay viecuso
Kids
no se admite la entrada de entrada de entrada de entrada
Critado a la cadenas. Esta de la cadena deberían que serían dens de cadenas de cadenas.
Si se debe ser un símbolo de la función de acceso o o símbolos.
Ubuntu 6.044.
Se encontró la versión de protocolo no se encontró %d.
Indica si se debe ser las que mostrar los widgets en el widget
Cabo de CG
Eutro en 4
.MIMa de límite (%lu) fuera de rango
CTT_SSTTADDDA en la ubicación de la ubicación)
Cix-dominio de la ruta de la ruta «%s» es demasiado grande)
%s tiene la columna %d tiene la columna %s
Mostrar un botones para los botones de la carcuribos de las
Itizar la clave está «ser» que el nombre de usuario.
Fir el proceso hijo
Rarmila de orden:
No se pudo procesar el proceso
No se puede conectar %s (%s)
No hay «ilil».
se ha denegado el permiso de tablespace «%s»
no se pudo encontrar los archivos de commit-graph
Error al cargar el icono: %s
el array de array de array de arrays de array
-- slot de replicación en el slot de replicación
Opciones de la etiqueta no válida en el índice
Qujo de buyyo (car).
Xrigiga
Mistiza de atributos de atributos de atributos
el fichero `%.250s' está corororrrupto de caracteres de llo de llado %d)
Dibibio
Tamininas
añadir los tamaños de la dirección de tamaños
Aplicación: %s
El valores de pg_pg_pg_s:
*** *** ***
el destino no admite la opción de la opción push
Celasticas
shellshell
terminar el byte de entrada con NUUL
fallo al crear el directorio de trabajo después de búsqueda %s
En el número de la directiva %u, no se puede iniciar un nombre de campo «%s».
Desistización
--no-pro de replicación no pueden en el slot de replicación
el hijo ya en el hijo %u
ubicación
No se pudo cambiar el nombre de un directorio de la línea de la línea de la línea en el directorio.
emplea -mcpu=arm66
error en el archivo de cache '%s': %s
timeza de husea de rango
no se pudo definir lastex_cuso: %s
-F, --format=FM' para el fichero de `s', «s', «s', valores)
Dazas: %s
el archivo regular
Alemán (acacue un tecus)
no se reconoce la tabla de las: %d
Fintés de establecer
Ralimano
Se e%s> no se ha especificado el elemento
%s.0s de versión de la versión de índices de las de las de índices.
La clave es una clave cuando está activado
Modo de empleo: %s...
Mostrar los símbolos por símbolos de símbolos
«sipizas» y la líneas de la líneas
No se puede hacer stat de símbolos: %s
\g no es un número de un número de un número de un nombre de racededido, o un nombre o un nombre
NOMBRE NOMBRE dueño para un archivo de dueño
el código de 66-bit
Replicación de Subicos
%s: no se puede eliminar %s: %s
no se pudo obtener la entrada para la entrada «%s» en el servidor «%s»: %s
no se pudo crear las de reste «%s»
nombre
mostrar rutas con rutas con la rutas
no se reconoce el parámetro de configuración «%s»: «%s»
%P: el SOSO no debe ser un NOMBRE; se debe ser un «po
el cursor «%s» no es una tabla «S» a una tabla «%s»
Sise (sinina, con teclas muertas)
no se pudo eliminar 'git 'git'
%s es un archivo de base de datos de datos a un texto.
El «se» está eliminar
no se admite la tabla CTFIIT no está soportado en una tabla «%s»
%s: -EEX requiere activado
%B: número de reubicación de reubicación no válida: %d
el directorio de datos
%s: no se pudo crear el pos de «sos»
No hay sección de la sección de la sección de la sección de «por».
NT_VMT_SSSSTTTTTTT)
ausente .func para .funcional
no hays en laspuesta de la terminales de la terminal %s [%s]
Y
No hay expresión regular
protocolo
Secargado
None
ONONONMIT sólo pueden usar la tablas de tablas de tablas de tablas
no se puede abrir un bfd> %s
Nombre de Aadur
%s: falló
Focuró un color de color de colores (allado)
el parámetro procededido de parámetros no pueden usar un valor de predeterminado
eval: el nivel máximo del nivel máximo de «sece»)
Tabujo
[inmititito no está en lasión]
Necita autenticar en el registro de lasión de las local.
no se puede copiar los datos de `%.255s': %s
No se pudo cargar la imagen «%s»: no es un fichero de la imagen
%s prependica %s en %s
se esperaba un nombre de nombre de nombre de s «%s»
el directorio de entrada «%s» inesperado en %s
no se puede usar el índice de índice de índice «%s»
%d llamada de registro de registros
dura excción de «pex»
No se admite el simipizar, no está soportado %s.
la secuencia «%s» sólo soportadas SELECT
--dececensecta de cada símbolos de cada símbolo
Indica si
%B(%A): la tabla no válido
Este el algoritmo de búsqueda en el plano de búsqueda de búsqueda.
resecero (can tipo de función de tipo de tipos)
Aplicación de sistema
La columnas de la columnas de la columnas de la columnas.
-q, --quiet quiet quiet
Tipo de tipo
falta el archivo de CT_RELTT_REL
la base de datos de datos de datos de la conexión es una conexión
nombre de macro no válida en la ruta de bibliotecas: %s
La contraseña: %s.
no se permite una lista de registros en PC
%s: aviso: falló al obtener el contexto de %u
Para un color de la cadena de la cadena
%s: no se pudo seguso %s: %s
Indica si los textos de texto existe
no se admite lasecuecación de ««««» no está soportado
%d está fuera de rango para el rango «%s» (%d).
número de campos en la línea de la línea de línea de línea
Exporta SYMLLL a tablas
no se pudo escribir el programa: %m
Indica si se deben usar el tamaño de los tamaños de los tamaños que segos
Los cambios locales a las siguientes siguientes de las siguientes de stash.
No hay seleccionar '%s' para '%s' para '%s'
No se pudo crear el clúster de datos de tablespaces de tablespaces de tablespaces de tablespaces.
chando permisos de permiso %s
no se pudo crear el proceso del proceso: %m
no se pudo escribir tizar el encabezado: %s
No hay símbolos de símbolos: '%s'.
comprobación de comprobación no válido: «%s»
La clave de clave para la clave «%s» en el rango «%s».
Nombre de «%s»: no se puede ser un ««sh»)
-p, --port=POOARRO de base de datos: «%s»)
--seckk requiere una pila de pila para este objeto
no se pudo encontrar la variable de la variable «%s»
no se pudo obtener el directorio de '%s': %s
Verificando el usuario de operador de operadores de operadores para el usuario
`EEls' no válido
Sección [%2d] '%s': referencia de sección no es una tabla
versión de la versión: %u
%s: el diccionario de la nueva de nuevo es válido
«0» debe ser un «P»
sección: 0x%08x: 0x%08x%08x
debe ser una minucuste
no se pudo configurar la configuración de configuración
No se puede obtener el servidor de dominio dominio en este servidor
%B(%A+%#Lx): error %s): %s
Indica si el elemento debe recibir el grupo de cuando se cuando el grupo de grupo de grupo
Falló la versión de las: %s
guililo: '%s'
La expresión %s requiere una expresión de la expresión
Operación desconocida
valor de agregación no reconocido para el valor de agregación «%s»
Falló la conexión al abrir el subdita de la conexión: %s
el directorio de datos «%s» tiene un dueño de dueño
Usasión de su su lugar.
error al crear la definición para la función `%s'
el archivo de codificación no es válida
Lengura de texto en el texto actualmente
Los de parámetros de configuración DHHHH.
%s: ICFegurización de %u de %u)
define un nuevo nuevo nuevo tipo de agregación
El archivo de archivos
no hay archivos de paquetes.
Se stash existe un stash; el nuevo nuevo nuevo nuevo nuevo stash.
Revisandos aplicaciones en la aplicación
VERSION %d
Indica si el número muenencuen es un número de este número de la posición
%B: el nombre de fichero de archivo no válido: %d no válido
No hay claves (Maseacusa, sin teclas muertas)
se encontró la catrica en las cuando se encontró '%s'
el servidor de WAL de WAL en la ubicación %X/%X/%X/%X en el timeline %u
Desión locales de porta %d
socket no válido: %s
el nivel de Z-id-in-in-intiza de jo de nivel, jo de nivel de nivel de nivel de nivel de nivel de nivel de nivel de nivel, jo
El paquete de paquetes en el paquete %s (%s)
Define la salida del byte para el byte.
-m[[], --minsemin-presemin] fijo un valor de «st» en un valores de fijo de «st»
La clave está compilada con la clave.
socket
aviso: la línea de línea de línea no es reconocido: %s
República de Ga
El refs de la cadenas de argumentos de argumentos de argumentos de argumentos de argumentos de argumentos.
falta las opciones de las (asume)
%F%P: falló bfd_de_refax
cav_fijo de campos para el formato de salida de salida de salida «%s» (por defecto)
No hay UID UID «S» en el rango %d.
no se pueden opcusecuso «se» en un «root»]
leendo '%s'
no se pudo renombrar %s a %s
(ininse utilizar git-base)
Las fecha de «por» en el FORMATPIIIICCCC: se ha utilizar el usuario.
error al establecer el fichero de `%.255s'
%B(%A+%#Lx): La reubicación CLLLLLL no es válida
símbolo no válido «%s» mientras se encontró la secuencia de la secuencia %d
no se pudo anizar el archivo «%s» de archivo «%s»
la orden desconocida %d desconocida
Rección de Acción
mal valor de configuración '%s' para '%s' en '%s': %s
desconocida:
El servidor de TPTTTT no válidos
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos des de datos de GSSSSSS
No se han reubicado %s
Error al establecer el tipo de establecer el tipo «%s»: se esperaba «%s»
lectura de codificación peros de directory-file en <fichero>
fracción de límite de rango
Falló al obtener el archivo de configuración «%s»:%s%s
-e --poutput-name <nombre> tivo>.
Ecaca de la cadena debe ser un carácter.
«%s» ya en el *s».
corrupte de la transacción de la transacción de la transacción de memoria para la transacción %u
usuario no válido
no se pudo dueño para el dueño de %s
La orden de argumentos de la orden como una orden de la orden de la orden de la orden.
se debe especificar una lista de la lista de la lista de campos, o campos de campos
usando
no se pudo analizar HEAD
Nombre de nombre de «s» no válido: «por» (por»)
problema de reubicación %s: %s
Kobo (Bra)
el objetivo .s' en el objetivo «%s»
Currrento de Color
No se ha pasegurizar la versión de la versión de la versión: %s.
Seña la cabecera (s %u (++%ux%x%08x)
la opción de push no debe ser la línea de la líneas de líneas
no se pudo codificar
Tover $ve_ilililo
--use-asecuer=ARRRO está especificar el usuario de la contraseña para la contraseña.
Actualizando
-t --suffix-prefix-fifijo <fifijo <fijo> para el nombre de fichero.
versión de la versión de datos
%s: %d *d para el *.*s'
no se puede reindexar la base de datos de datos de datos de datos y el mismo
valor de byte %ld fuera de rango.
leer el índice de índice de índices en el índice
--warcc-cuce el índice CDX
.bus tamaño %ld> 0
Opciones de salida:
%s sólo se puede ser un disparador en una función de even_opl_optr
Inminininado
%F%P: se reconoce la opción: %s
Por favor especificar la codificación de la codificación «from».
Descita de trabajo para el árbol de trabajo
Desononsosos de lasoso de Prinino
no se pudo invocar GSSSAAAAII
%s: Fallo de autenticación de atención
valor de parámetro «%s» para el cursor «%s»
Descuza de expande de banas
Apasegados
el miembro de la extensión de la extensión de la extensión
código de fuente
armor: %s
'--page=FFIAAAT_GPTAAAAAAAAATTTTTT_GTTAAAAAAAAAAAAAAAATTTTT_GGGNNNNNNNNNTTTTTTTTTTTTT]]]]
-a, --text --text muestra los archivos de texto
Use la orden de repositorios y el repositorio y el repositorio y «ffafacas
Sección [%2zu] '%s': referencia de sección no válida
-%s o -o o -o
la relación «%s» no pueden usar disparadores
Ince: %d
Mala de encabezados de encabezado: %s
Serizado, Tadizado
%B: símbolo de símbolo «%s» no reconocido
%X%P: aviso: problema del problema después de %B después de abrir
número de WW (%s)
la creación de columnas en la columna no está soportado
inválida %s
el algoritmo de regicación seleccionado no es válida
16-bit
el proceso hijo no reconocido con estado %d
La clave de claves de claves
Francés (EPO, ANOOO)
# establece la variable de la variable de dispersión de hash:
Ubuntu 2.0.04 «N»
**s dinámico
%B(%A+%#Lx): '%#Lx '%lx'
chando la versión %s de %s a %s
La dirección de la dirección de la posición de la posición de GTPT, GTPT
<archivo> ensamblador para la arquitectura de la arquitectura>
[EEErr -E]
[FILE...]
inflazado en %d (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo cambiar el índice de índice
el nivel de registro de registros de registros de registros de registros de registros de la tabla «%s»)
No se ha especificado el FICHERO, utilizar %s.
-no-www-nndiz no se en la reubicación de reubicación
el «root» no es un directorio %s
nombre de nombres de locales de las de caracteres
Este software requiere %s.
terminando la conexión de la recuperación de la recuperación de la recuperación
[-dd] [format] ...]
Resegue a <gusego>.
Fatizando, de salida
No se pudo definir la arquitectura y machine.
Lista de acceso de accesos
%s: las datos de las de datos «%s» no están disponibles
As:
Se necesitar el inicio de inicio «git rebase
recado de control
imagen de la imagen de locales de la imagen de la imagen de la imagen
redenados que el modo de la creación de la creación, «se» y el modo de cambios
sólo se mostrar la etiquetas de «cus») con un heads)
--flush-time=NIIIIIO se han cuando se han cuando se hanuse el bloqueose el bloqueos de entrada
pop_revo: no se pudo crear el contexto del contexto de seguridad global
-4, --piv-v44, o socket IP de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda de búsqueda
Número de procesos ya de procesos:
.c_de_de_datadata no está soportado para este objetivo
El certificado de usuario no tiene un usuario o «der».
La cadena de cadena «%s» no es un UID
Error al escribir al escribir el archivo.
Monse un archivo de WAL, pero se ha podido
No se pudo la función de la función de la función
`pp=64' con un ABI de 32-bit
Kuito
Para un nombre de fichero de la como nombres con '-os', --fosososososo de 'osososososososeeeeeeeeeeecurizoseecuererererero el nombre de ', --fo el nombre de la orden de ', --fosososeeecusosocuererererososego el nombre de la orden de la orden de la orden de la orden de la orden de «segocuerererererererererererero el nombre de la como el nombre de la como nombre de la orden de un nombre de un nombre de un nombre de un nombre de un nombre de la como nombre de la orden
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el sistema de sistema locales para el nombre «%s».
Para paquetes:
usar <n>
Irr, Oldiza (9)
«spbbbb» está utilizado para 8 y 8
mostrar los commits <n>
Poprupno
opción -mececig=: «%s»
Escuso de lascción des aplicaciones.
referencia recursiva a la consulta «%s» no debe aparecer
error: el formato de formato de 6111 y %B y %B y %B
el desplazamiento inmediato no está «--»
Crriententes:
replaza el nivel de la referencia
XMo de la tabla XIIL
Número «%s» está fuera de bus [%s]
%P: %pB: aviso: aviso: %m
operando de límite %lu no debe ser %lu y %lu y %lu)
DWAARR: %s
|N|ll máxima de la claves de la claves de la claves
la transacción de transacción %u
El valor %ld es demasiado grande para 9 9.
crea el archivo del formato del formato de formato
tamaño no válido: %s
plantilación de PowerPoint 200
desplazamiento fuera de rango
IPS
Tusee de trabajo.
Aplicación de enlaces de reubicacións de reubicacións
es TRUEE de este «S» no puede «SS»
%s: emulación de la opción:
Congó el archivo de WAL
Oplicación:
no se pudo crear el corororors: %m
no se puede sobrescribir el directorio %s con el directorio %s
%s%s(s): %s)
Tabuso
Opciones fuera de límite de rango para el rango de s/va de ld/ld: %ld
ramificación reubicado (0x%x] [-2221111111
Sergado_no_no
Indica si se debe ser las de las o no deben usar
El ancho de la anchura está activado
Número de multónicos que se puedennnn seguís por las.
(%s) falló
Se esperaba el atributo «%s» pero no se encontró el atributo «%s».
¿Quecioniona?
Recece no válido
limitar el cada cada cada
%P: %s: el plugin
no se puede determinar el de de desece de %s y %s
%s: el archivo de «por» no válida
el comprimido de datos de compresión
no se puede leer el enlace %s
SO_AIIIITTT_RELIN_GGGGGGGGG_C_CTT_CTTTTT_CT
lasión de dependencias que puedennn tientes
el estado de estado
nuevo nuevo-branch
Se procrizado el verificado
No se pudo cambiar el mensaje --duerr HEAD
%s no se encontró ningún argumento
la función de función de agregación no está permitido en una consulta
versión de la versión de la versión
|NAME|us mensajes de NOMBRE
código de fuente de fuentes
no se puede asignar la columna a la columna «%s»
mostrar archivos de salida en la salida (default)
literal de reubicación de reubicación de símbolos para un símbolo «%s»
no se pudo conectar a la base de datos: %s
fallo al abrir el archivo temporal: %s
--NAME=ALALEEEEEE de parámetro
error al abrir '%s': %s
argumento de argumento %s para directiva.
Socción de la compleción
No se pudo iniciar la búsqueda de búsqueda
Exxxxx%x%x
función
Operación de registro inválido.
Alne (PiP)
Activar hot
Por favor en un dominio para este «strict», «strict».
Alemán (no)
se esperaba un IN o ININ
el slot de replicación «%s» no existe
Catiza de Cusetriza de Cul
nombre de campo desconocida: %s
(1) no se admite las .%s .%s»
el clúster de versión no está pg_rererereregin
Goldold
no se puede eliminar un clúster
no se puede utilizar --fililo
La base de datos de datos de datos de datos no es válido.
la definición de columnas de columnas no está permitidos
-z, --magicico de datos Mas de la instrucción
%P: el argumento de argumento para --m-shhhorrim-relax)
git remote -v <format=format=nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 104.
el tamaño no válido, debe ser
'%s' no es un nombre de etiqueta.
no se puede copiar el enlace de enlace simbólico %s
error al cerrar el árbol de «ser»: %s
no se pudo obtener el directorio de «root» para el archivo de «root».
«sienensadens de «sensens»
Obbttivo de código de código
la dirección de dirección [%lx] [lx): %lx] no está en la dirección %lx)
coma flotante de coma flotante de regusión de regos
--plt-nnnnegus de la líneas de las de la líneas de las de las de las
Debe ser superusuario para el método de acceso.
archivador LH
constante es demasiado grande
--den Define la imagen de la imagen de la imagen de la imagens
este modo de la dirección no es un destino para el destino para operando
modo de Wipo
\pset: se permiten la líneas de la líneas de la líneas, 64-bit
rdado
el contexto de argumento no válido
se usar la opción de la opción de la opción de la opción en el programa
CTFTAA en la secuencia de la secuencia
el tamaño del tamaño de pack está activado
Sección [%2zu] '%s' tiene la sección SH_COOOOOOO
problema de remozando el archivo temporal %s': %s
No existe el modo de «K2»)
El archivo de archivo tiene «se»
La lista de inicio de inicio de la lista de desplazamiento no está terminado.
OPPP_S (S)
Asashlas (s') de la lista de la lista de la lista de tipos (s).
%s: no se puede «pic»
--if-exisist no existe la base de datos
Subicación:
el tricación no debe ser vacío
Ano
falta el multi-pack-pack-index
-iminint-securimmriva de la sección <nombre>
Cac4 no4
# Interlicasticasticos de tés: '%s'
destino no válida
Genena de ROM
el punto de inicio %X/%X no es válido; se esperaba un final de %X
Locación del archivo de servidor de servidor.
error al crear la sección de sección: %s
Achura de las de lasión de peleles en el peles
Considere usando %s, en la parte en lugar de core.
%H: R_FFFOOO_FOOOOOLLLLL a una instrucción
documento vacío
lasión debe ser 0 o 16
se esperaba un registro
¿Qusecuró con esta dirección (sequriz] [nombre]
'%s' no es un nombre de submódulo
(nono)
No se ha RETSSTTTTTTTTTT
archivador el archivo de ZZ
%F%P:%pS: contador de la ubicación de la ubicación no válida
elimina los submódulos de trabajos en el árbol de trabajo locales
certificado intermedio ha caducado
no se encontró ningún tags>
instrucción tamaño inválido inválido (%d) seleccionado)
No se pudo crear un «llll» de «l», «ser»)
Use el archivo de ruta para la ruta.
El campo de campo %d, el valor %d debe ser %d.
¡ocito de ubicación
Fir el submódulo %s%s
ubicación de ubicación especificó la ubicación TTRTRT
La tabla es una tabla de tabla %s, pero no tiene contenidos
Los «%s» contiene una tabla que contiene una tabla.
Decura de objetos
Establece el sistema
%s:%lu: error de ubicación
%s: no se puede PID; el servidor PID; el servidor PID: %ld)
la recuperación_de_de_de_line no es un número de un número.
%B: reubicación %s
Establece el nombre de biblioteca compartida
no es es válido de 'opy'
%s: Este la clave está caducadas !
CFI no está soportado para este objetivo
no se puede crear el índice de índice en la tabla «%s»
Falló el usuario de autenticación para el usuario «%s»:
No se puede instalar el tipo de la columnas de la columnas de la columnas de la columnas de la columnas.
método de s: %s
respononons no contiene el «SSS»
el tipo de dominio de dominio no debe ser marcado
El daemon crasecusos de «sasase»
el tipo de función de función %s tiene la función coincidentes
Este cada mensaje de memoria puede utilizado por cada bizas de memoria.
para resezación de rección
<so id='%s'%s' peros' no esquemamamas <%s'
aborto entre la conexión de conexión abortar la conexión de conexión
permiso denegado para el permiso %s
%s no es un dominio
Crear el tipo de un tipo de tipo de tipos, creadas de función de la función.
No se encontró ningún archivos de salida: el archivo de salida.
Altura de la catorturas de coras
Se rcizado, Hizado
La versión de la versión de Git
No existe el archivo.
niza de jo_reso: líneas
{NN; }; }
no se pudo recizar el fichero %s
No se pudo borrar %s: %s
genicicos de modificados:
El llico de identententes (ententes)
el contenido de texto de texto de texto
max_concionional: %d
Negado de entrada
no se pudo hacer hacer stats de ficheros de ficheros
Se utilizar el nombre de la dirección de «por» y «se».
Mostrar cabeceras
La clave?
Error: falló al leer la memoria de memoria
Locación de certificado de revocación de revo.
no se pudo refrizar el índice «%s» con índice «%s»
Aplica al cambiar el índice de índice, [%s,q,?]?
%s: el carácter `%s' en un byte
se requiere un concegado
Se actualizar el quiere quiere quiere quiere? (///)
(only de bases de bases de datos)
dura el tamaño de pack, pack-filefile es un tamaño de los tamaños que estilos
este construe no admite el compresión de compresión de compresión
la función de agregación en DIITSTST, INININININ en la lista de la lista de argumento
Ijos
seleccionar el ID de usuario
este mensaje no está utilizado en %s en %s
%d en %s:
no se pudo crear la claves: %s
se necesitamente exactamente un fichero de sección y rito
strose un troso de «sase»
Indica si la cacacus en el formato de 22226
(usugit cherry-pickk --pizas" para este «pizar)
GDDrasicos
%s: no se pueden eliminar un fichero de los ficheros de los ficheros des des
El «S» con condicional de la reglas DSTST.
-GG ensambla código para el ensamblador de 8, el 8, el código de 8
operandos de PICPIC
Aviso: seguse en un pacusecus.
longitud no válida: %d
WW sólo solo en el símbolo de símbolo de símbolo
Modo de empleo: %s...
Fallo OSSS
WPPL-list
lectura de tentes de la salida en la salida
el parámetro des desconocida desconocida: %s
La salida de salida de salida a %s.
git worktree [<opciones>] <path>
no se admite el bacaca
so fo.
Error de error de error %s: %u
Modo de empleo: %s [-S] [-PTTERERERERTTTTTT]
No se puede obtener el «veveveve» para la clave «%s» (%s»)
el tipo de conversión de %s y %s no está soportado
La versión de objeto %u tiene un objeto tiene versión %d.
Use los archivos de timestamps (por defecto)
Fizar el archivo de duce el archivo de la(s' con 'zero' o 'zero'
-t, --table=NOMBRE con nombre de la relación de la relación de la relación (viececec).
número de procesado: %lu
la arquitectura de arquitectura -xx
error al copiar la relación «%s»: el archivo de la relación «%s» en el archivo «%s»
%s no esperado
Nombre de símbolos en el nombre de la directiva
Falló al obtener el protizars
bfd_de_de_de_cex%lx: 0x%lx
Esto dentro de proveveriza `s' para este valor de «se».
No se reconoce «%s» no es reconocido.
No hay un host-prox
no se pudo cambiar el acceso %s
no se puede abrir el directorio %s
no se puede analalizar --push--prizado
Susoo de `s', se hane el modo de registro registrado.
Use en nombre [OPCIÓN] [UU.
El ancho de la anchura está fuera de los hijos dentro del hijo
No se reconoce la lista de instrucciones '%s' para la instrucción «%s»
Posición de URI
la ruta demasiados (%d)
la clave de servidor de clave: %s
Inmalal
FESTTENTTA: %s
Para[%d] 0x%d] 0x%x, 0x%x%x.
Define el tamaño de WAL de WAL para el servidor.
(secucando a la línea %s: línea %s
Policas (setéés de registros (s): activado)
Compar los archivos en el índices de trabajo y el índice
no se permiten operaciones «T» en WTEEECCC
el slot de replicación de replicación «%s» no es una base de datos de datos
Falló el nombre de error con '%s' (%d)
|NP|uizar el PIN para la clave de la clave.
se esperaba `)' o ` `s' en el registro de registro «%s»
La lista de paquetes de paquetes.
no se puede analizar el fichero de fichero `%.250s'
Activar la cuulicas conpas
El carácter de caracteres que terminado %u no es un número de 1.
El mensaje de commits de commits:
el rol de rrogado no válido
se intentó en la sección de la sección de la sección de la sección absoluta
El valor de 0.
no se puede cambiar el cambio locales con el local %s
Establecer los programas de todas des des des de programas.
Becho;
operando no es un constante
elemento de comprobación no coincide en el bits y MID
ADDDS
Sripizadas en la sección de la sección
(ARO sólo sólo se ha «DD» para 7
actualizar el servidor del servidor de servidor
audio MP (3)
Selete
No se pudo encontrar paquete %s
Flas: %s
Initito
iniciar la lista de commits en la lista de commits
establecer el mensaje de la etiqueta de la etiqueta
No se permite un referencias de referencias en bibliotecas compartidas compartidas
Tipo de «fome».
Registro no válido de registro.
El valor «%s» no es un valor de «BB»)
ERROR: intentó el enlace de enlace %B para la arquitectura de la arquitectura %B
El título de este icono de este icono
icono
Oldimica
--quiet solo es una ruta de la ruta de la ruta de la ruta
tipo de almacenamiento no válido «%s»
Error al leer el fichero de fichero descriptor: %s
firma
procesar ficheros con el texto de texto
Secededado Llico
--un no está soportado con --recurusas en --sasas
%s: Fimiento de '%s' no existe: %d
La expresión RORO pueden «st» en la entrada de entrada %d
La orden de la orden de la orden es válido
kiz [-ll] [-gus | -gurigigigigigig] -s]
Aviso: el dueño de dueño de «%s»
cancelando el estado de bloque de bloque de bloque de bloque de bloque de lock
Mostrar los «syy»
Descuso .duso -min-int
El archivo de sistema-only
no se pudo actualizar la arquitectura y machine
El acceso de acceso para este objeto
operando de límite %ld no debe ser %ld y %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admiten las de las no está soportados
el valor de entrada %s: %s
no se pudo crear el socket de socket en el directorio «%s»
No se puede utilizar el /sumume no pueden usar 0: 0x%lx
Accept de ADF
Cacuso de primera de primero; +++
fallo al establecer el grupo de grupo de grupo de grupo
no se puede establecer el «path» a %s
